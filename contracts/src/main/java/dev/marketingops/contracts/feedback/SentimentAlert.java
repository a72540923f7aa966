package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.SubjectType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Negative sentiment about a subject spiked above a threshold within a window.
 *
 * @param negativeShare share of negative feedback in the window, 0 to 1
 * @param threshold     the share that triggers an alert, 0 to 1
 * @param sampleSize    feedback items in the window
 */
public record SentimentAlert(
        SubjectType subjectType,
        UUID subjectId,
        BigDecimal negativeShare,
        BigDecimal threshold,
        Instant windowStart,
        Instant windowEnd,
        long sampleSize) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.SentimentAlert.v1";

    @Override
    public String aggregateId() {
        return subjectId.toString();
    }
}
