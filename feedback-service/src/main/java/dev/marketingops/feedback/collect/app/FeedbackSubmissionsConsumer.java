package dev.marketingops.feedback.collect.app;

import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.privacy.app.ErasedCustomers;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import dev.marketingops.plumbing.inbox.RejectedEventException;
import dev.marketingops.plumbing.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Feedback from support tools on feedback.submissions; the inbox makes a redelivered CloudEvent a no-op. */
@ApplicationScoped
public class FeedbackSubmissionsConsumer {

    static final String CONSUMER = "feedback-service.submissions";
    /** Submissions of erased customers, made before their erasure, that were dropped (a replay, a late delivery). */
    public static final String ERASED_DROPPED = "marketingops.feedback.submissions.erased.dropped";
    private static final Logger LOG = Logger.getLogger(FeedbackSubmissionsConsumer.class);

    private final EventIntake intake;
    private final FeedbackIntake feedback;
    private final ErasedCustomers erased;
    private final Counter erasedDropped;

    public FeedbackSubmissionsConsumer(EventIntake intake, FeedbackIntake feedback, ErasedCustomers erased,
                                       MeterRegistry registry) {
        this.intake = intake;
        this.feedback = feedback;
        this.erased = erased;
        this.erasedDropped = Counter.builder(ERASED_DROPPED)
                .description("Kafka submissions dropped because their customer was erased after submitting them")
                .register(registry);
    }

    @Incoming("submissions")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof FeedbackSubmitted submitted) {
            // Not an error and no dead letter (that would copy the erased customer's data again): the event is
            // recorded as seen and dropped. The check holds the customer's erasure lock until this transaction ends.
            if (!erased.admits(submitted)) {
                erasedDropped.increment();
                LOG.infof("Dropped submission %s: its customer was erased after it was made", event.id());
                return;
            }
            try {
                // A tool on Kafka is known by its CloudEvent source: its idempotency keys are its own.
                feedback.submit(event.source(), submitted);
            } catch (ProblemException e) {
                // Schema-valid but against the type rules (e.g. a score on a REVIEW): retrying cannot help.
                throw new RejectedEventException(e.getMessage() + " " + e.errors());
            }
        }
    }
}
