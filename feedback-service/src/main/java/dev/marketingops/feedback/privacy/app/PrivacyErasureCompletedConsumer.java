package dev.marketingops.feedback.privacy.app;

import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * privacy.erasure.completed: a service has erased a customer, so its part of the request is DONE (inbox: the
 * CloudEvent id is recorded with the change, a redelivery changes nothing). A completion of a request feedback has not
 * read yet (it travels on privacy.erasure, another topic) is kept and applied when the request is recorded.
 */
@ApplicationScoped
public class PrivacyErasureCompletedConsumer {

    static final String CONSUMER = "feedback-service.erasure-completed";
    private static final Logger LOG = Logger.getLogger(PrivacyErasureCompletedConsumer.class);

    private final EventIntake intake;
    private final ErasureProgress progress;

    public PrivacyErasureCompletedConsumer(EventIntake intake, ErasureProgress progress) {
        this.intake = intake;
        this.progress = progress;
    }

    @Incoming("erasure-completed")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof CustomerErasureCompleted completed) {
            if (progress.complete(completed.requestId(), completed.service(), completed.completedAt())) {
                LOG.infof("Erasure %s done by %s", completed.requestId(), completed.service());
            } else {
                LOG.infof("Erasure %s done by %s before feedback read the request; kept until it does (event %s)",
                        completed.requestId(), completed.service(), event.id());
            }
        }
    }
}
