package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A feature request was linked to a roadmap item after submission (triage), or moved from another item. Carries what
 * an item insight counts (sentiment, themes), never a customer reference.
 *
 * @param previousRoadmapItemId the item it was linked to before, or null
 */
public record FeatureRequestLinked(
        UUID feedbackId,
        UUID roadmapItemId,
        UUID previousRoadmapItemId,
        BigDecimal sentiment,
        List<String> themes,
        Instant linkedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeatureRequestLinked.v1";

    @Override
    public String aggregateId() {
        return feedbackId.toString();
    }
}
