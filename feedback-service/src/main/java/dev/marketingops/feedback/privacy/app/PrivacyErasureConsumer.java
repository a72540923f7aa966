package dev.marketingops.feedback.privacy.app;

import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Erasure requested elsewhere (another tool, or our own request coming back) erases here too, and its status is
 * tracked from then on as for a request made here; repeating is harmless.
 */
@ApplicationScoped
public class PrivacyErasureConsumer {

    static final String CONSUMER = "feedback-service.erasure";
    private static final Logger LOG = Logger.getLogger(PrivacyErasureConsumer.class);

    private final EventIntake intake;
    private final Erasure erasure;
    private final ErasureProgress progress;

    public PrivacyErasureConsumer(EventIntake intake, Erasure erasure, ErasureProgress progress) {
        this.intake = intake;
        this.erasure = erasure;
        this.progress = progress;
    }

    @Incoming("erasure")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof CustomerErasureRequested request) {
            long erased = erasure.erase(request.customerRef(), request.requestedAt());
            // In the same transaction: the request's status exists exactly when its erasure here is done.
            boolean recorded = progress.track(request, erased);
            // The request id, never the customer reference: logs must not become a copy of personal data.
            LOG.infof("Erasure %s erased %d feedback record(s)%s", request.requestId(), erased,
                    recorded ? "; its status is tracked from now on" : "");
        }
    }
}
