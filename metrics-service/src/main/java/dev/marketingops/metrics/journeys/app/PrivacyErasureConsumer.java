package dev.marketingops.metrics.journeys.app;

import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.metrics.journeys.domain.TouchpointErasure;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * privacy.erasure: records the erasure and deletes every touchpoint of the customer (inbox: once per request id; a
 * repeated request finds nothing left); activity of the customer dated up to now that arrives later is not stored.
 * Rollups and reach sketches hold no personal data and stay.
 */
@ApplicationScoped
public class PrivacyErasureConsumer {

    static final String CONSUMER = "metrics-service.erasure";
    private static final Logger LOG = Logger.getLogger(PrivacyErasureConsumer.class);

    private final EventIntake intake;
    private final TouchpointErasure erasure;
    private final Counter requests;
    private final Counter touchpoints;
    private final Clock clock;

    public PrivacyErasureConsumer(EventIntake intake, TouchpointErasure erasure, MeterRegistry registry, Clock clock) {
        this.intake = intake;
        this.erasure = erasure;
        this.clock = clock;
        this.requests = registry.counter("marketingops.journeys.erasures");
        this.touchpoints = registry.counter("marketingops.journeys.erased.touchpoints");
    }

    @Incoming("erasure")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, event -> apply(event));
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof CustomerErasureRequested request) {
            // The time it is applied, not requested: everything stored until now goes, whenever it happened.
            long erased = erasure.erase(request.customerRef(), clock.instant());
            requests.increment();
            touchpoints.increment(erased);
            // The request id, never the customer reference: logs must not become a copy of personal data.
            LOG.infof("Erasure %s deleted %d touchpoint(s)", request.requestId(), erased);
        }
    }
}
