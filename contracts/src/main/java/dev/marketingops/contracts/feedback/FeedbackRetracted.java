package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.SubjectRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of feedback announced by {@link FeedbackReceived} no longer exists (its customer was erased): consumers
 * remove whatever they built from it. Like FeedbackReceived it carries no customer reference.
 *
 * @param feedbackId the {@link FeedbackReceived#feedbackId()} to remove
 * @param subject    the subject the feedback was about (the Kafka key, so it follows its FeedbackReceived in order)
 * @param reason     why, e.g. {@code ERASURE}
 */
public record FeedbackRetracted(
        UUID feedbackId,
        SubjectRef subject,
        String reason,
        Instant retractedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeedbackRetracted.v1";

    public static final String ERASURE = "ERASURE";

    @Override
    public String aggregateId() {
        return feedbackId.toString();
    }

    /** Same key as the FeedbackReceived it retracts, so it never overtakes it. */
    @Override
    public String partitionKey() {
        return subject.mostSpecificId().toString();
    }
}
