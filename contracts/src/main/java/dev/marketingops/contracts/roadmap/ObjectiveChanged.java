package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objective on a roadmap item was created, updated or deleted; metrics keeps its KPI targets in step.
 *
 * @param launchId the item's launch, or null when the item is not a launch
 */
public record ObjectiveChanged(
        UUID objectiveId,
        UUID itemId,
        UUID launchId,
        UUID productId,
        KpiKey kpiKey,
        Direction direction,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate dueDate,
        ObjectiveChange change) implements EventPayload {

    public static final String TYPE = "dev.marketingops.roadmap.ObjectiveChanged.v1";

    @Override
    public String aggregateId() {
        return objectiveId.toString();
    }

    /** roadmap.launches is keyed by launch id, so an objective stays ordered with its launch's events. */
    @Override
    public String partitionKey() {
        return keyOf(launchId, itemId);
    }

    /** The key of an objective's events: its item's launch, else the item (one rule for every objective event). */
    static String keyOf(UUID launchId, UUID itemId) {
        return (launchId != null ? launchId : itemId).toString();
    }
}
