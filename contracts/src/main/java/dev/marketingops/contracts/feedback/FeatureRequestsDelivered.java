package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * The feature requests gathered on a roadmap item were marked delivered because its launch completed.
 *
 * @param requestCount feature requests marked delivered
 * @param voteCount    votes those requests had gathered
 */
public record FeatureRequestsDelivered(
        UUID roadmapItemId,
        UUID launchId,
        long requestCount,
        long voteCount,
        Instant deliveredAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeatureRequestsDelivered.v1";

    @Override
    public String aggregateId() {
        return roadmapItemId.toString();
    }
}
