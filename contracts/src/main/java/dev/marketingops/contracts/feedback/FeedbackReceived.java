package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Feedback as stored by feedback-service, sanitised: contact data redacted and no customer reference at all.
 *
 * @param score        NPS score 0–10, or null
 * @param rating       CSAT rating 1–5, or null
 * @param redactedText text with email addresses and phone numbers redacted, or null
 * @param sentiment    -1 (negative) to 1 (positive), or null when there was no text to analyse
 * @param themes       keywords found in the text, possibly empty
 */
public record FeedbackReceived(
        UUID feedbackId,
        FeedbackType type,
        Integer score,
        Integer rating,
        String redactedText,
        BigDecimal sentiment,
        List<String> themes,
        SubjectRef subject,
        Channel channel,
        String locale,
        Instant submittedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeedbackReceived.v1";

    public FeedbackReceived {
        // Immutable, never-null list: readers should not have to null-check collections.
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    @Override
    public String aggregateId() {
        return feedbackId.toString();
    }

    /** feedback.insights is keyed by subject id, so insights about one subject stay in order. */
    @Override
    public String partitionKey() {
        return subject.mostSpecificId().toString();
    }
}
