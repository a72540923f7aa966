package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.common.KpiKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An objective's status moved (say AT_RISK to ACHIEVED), by a KPI reading or by the calendar; once per change.
 *
 * @param launchId       the item's launch, or null when the item is not a launch
 * @param actual         the latest reading, or null when none has come (an objective can be MISSED without one)
 * @param percent        share of the way from baseline to target, in percent (may be negative or above 100), or null
 * @param previousStatus the known status before: the last announced, the one an edit left, or for an objective
 *                       older than roadmap's status table the one the reading before this one gave
 * @param readingAt      when the latest reading was measured, or null with no reading
 * @param asOf           the day the status was judged for
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
        ProgressCause cause,
        Instant readingAt,
        LocalDate asOf) implements ItemKeyedEvent {

    public static final String TYPE = "dev.marketingops.roadmap.ObjectiveProgressed.v1";

    @Override
    public String aggregateId() {
        return objectiveId.toString();
    }
}
