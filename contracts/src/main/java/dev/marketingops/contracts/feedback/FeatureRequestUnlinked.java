package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** A feature request no longer belongs to the roadmap item it was linked to; it is untriaged again. */
public record FeatureRequestUnlinked(
        UUID feedbackId,
        UUID roadmapItemId,
        Instant unlinkedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeatureRequestUnlinked.v1";

    @Override
    public String aggregateId() {
        return feedbackId.toString();
    }
}
