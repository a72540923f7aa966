package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.KpiKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A KPI reading moved an objective to another status (say AT_RISK to ACHIEVED); emitted once per change, not per reading.
 *
 * @param launchId       the item's launch, or null when the item is not a launch
 * @param percent        share of the way from baseline to target, in percent (may be negative or above 100)
 * @param previousStatus the status before the reading, as of the same day
 * @param readingAt      when the reading that changed the status was measured
 */
public record ObjectiveProgressed(
        UUID objectiveId,
        UUID itemId,
        UUID launchId,
        UUID productId,
        KpiKey kpiKey,
        BigDecimal actual,
        BigDecimal percent,
        ProgressStatus previousStatus,
        ProgressStatus status,
        Instant readingAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.roadmap.ObjectiveProgressed.v1";

    @Override
    public String aggregateId() {
        return objectiveId.toString();
    }

    /** Keyed as {@link ObjectiveChanged} is, so an objective's progress stays ordered with its definition. */
    @Override
    public String partitionKey() {
        return (launchId != null ? launchId : itemId).toString();
    }
}
