package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A roadmap item's feature-request votes after a change: one vote per customer, however many requests they wrote.
 *
 * @param votes    distinct customers who asked for the item
 * @param requests requests linked to the item (merged duplicates not counted)
 * @param sequence grows with every count of this item, so a consumer keeps the latest even out of order
 */
public record FeatureVotesCounted(
        UUID roadmapItemId,
        long votes,
        long requests,
        long sequence,
        Instant countedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeatureVotesCounted.v1";

    @Override
    public String aggregateId() {
        return roadmapItemId.toString();
    }
}
