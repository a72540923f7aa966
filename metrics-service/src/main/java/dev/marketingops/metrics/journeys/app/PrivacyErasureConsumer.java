package dev.marketingops.metrics.journeys.app;

import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.metrics.journeys.domain.TouchpointErasure;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import dev.marketingops.plumbing.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * privacy.erasure: records the erasure and deletes every touchpoint of the customer (inbox: once per request id; a
 * repeated request finds nothing left); activity of the customer dated up to now that arrives later is not stored.
 * Rollups and reach sketches hold no personal data and stay. Answers with CustomerErasureCompleted, in the same
 * transaction, so feedback's request shows metrics done exactly when the touchpoints are gone.
 */
@ApplicationScoped
public class PrivacyErasureConsumer {

    static final String CONSUMER = "metrics-service.erasure";
    /** How feedback's erasure requests name this service (marketingops.feedback.privacy.erasure.expected-services). */
    public static final String SERVICE = "metrics";
    private static final Logger LOG = Logger.getLogger(PrivacyErasureConsumer.class);

    private final EventIntake intake;
    private final TouchpointErasure erasure;
    private final Outbox outbox;
    private final Counter requests;
    private final Counter touchpoints;
    private final Clock clock;

    public PrivacyErasureConsumer(EventIntake intake, TouchpointErasure erasure, Outbox outbox, MeterRegistry registry,
                                  Clock clock) {
        this.intake = intake;
        this.erasure = erasure;
        this.outbox = outbox;
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
            Instant now = clock.instant();
            long erased = erasure.erase(request.customerRef(), now);
            // In the inbox transaction with the delete: "done" is announced exactly when it is true, and only once.
            outbox.emit(new CustomerErasureCompleted(request.requestId(), SERVICE, now));
            requests.increment();
            touchpoints.increment(erased);
            // The request id, never the customer reference: logs must not become a copy of personal data.
            LOG.infof("Erasure %s deleted %d touchpoint(s)", request.requestId(), erased);
        }
    }
}
