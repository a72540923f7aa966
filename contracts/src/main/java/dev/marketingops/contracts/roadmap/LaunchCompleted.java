package dev.marketingops.contracts.roadmap;

import java.time.Instant;
import java.util.UUID;

/** A launch shipped; feedback marks the item's feature requests delivered. */
public record LaunchCompleted(
        UUID launchId,
        UUID itemId,
        UUID productId,
        Instant completedAt) implements ItemKeyedEvent {

    public static final String TYPE = "dev.marketingops.roadmap.LaunchCompleted.v1";

    @Override
    public String aggregateId() {
        return launchId.toString();
    }
}
