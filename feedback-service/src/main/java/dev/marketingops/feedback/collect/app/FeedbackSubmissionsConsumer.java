package dev.marketingops.feedback.collect.app;

import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.plumbing.inbox.EventIntake;
import dev.marketingops.plumbing.inbox.ReceivedEvent;
import dev.marketingops.plumbing.inbox.RejectedEventException;
import dev.marketingops.plumbing.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feedback from support tools on feedback.submissions; the inbox makes a redelivered CloudEvent a no-op. */
@ApplicationScoped
public class FeedbackSubmissionsConsumer {

    static final String CONSUMER = "feedback-service.submissions";

    private final EventIntake intake;
    private final FeedbackIntake feedback;

    public FeedbackSubmissionsConsumer(EventIntake intake, FeedbackIntake feedback) {
        this.intake = intake;
        this.feedback = feedback;
    }

    @Incoming("submissions")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(record, CONSUMER, this::apply);
    }

    private void apply(ReceivedEvent event) {
        if (event.payload() instanceof FeedbackSubmitted submitted) {
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
