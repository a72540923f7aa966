package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Duplicate feature requests were merged into one; their voters now vote on the target, each customer once.
 *
 * @param mergedFeedbackIds the duplicates, which no longer count as requests of their own
 * @param roadmapItemId     the target's item, or null when the target is untriaged
 */
public record FeatureRequestsMerged(
        UUID targetFeedbackId,
        List<UUID> mergedFeedbackIds,
        UUID roadmapItemId,
        Instant mergedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeatureRequestsMerged.v1";

    @Override
    public String aggregateId() {
        return targetFeedbackId.toString();
    }
}
