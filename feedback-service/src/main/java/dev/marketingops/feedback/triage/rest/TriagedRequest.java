package dev.marketingops.feedback.triage.rest;

import dev.marketingops.feedback.collect.domain.Feedback;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A feature request as triage shows it: redacted text, its item (null when untriaged), its voters (distinct
 * customers, merged duplicates' voters included); never a customer reference.
 */
public record TriagedRequest(UUID feedbackId, String text, BigDecimal sentiment, UUID productId, UUID roadmapItemId,
                             Instant submittedAt, long voters) {

    static TriagedRequest of(Feedback f, long voters) {
        return new TriagedRequest(f.id, f.redactedText, f.sentiment, f.productId, f.roadmapItemId, f.submittedAt, voters);
    }
}
