package dev.marketingops.metrics.targets.domain;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.metrics.ThresholdKind;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line a KPI can cross, with hysteresis: once crossed it re-arms only when the value is back past the line by the
 * hysteresis share, so a value hovering at the line crosses once.
 *
 * @param lineId    identifies the line within its scope and kind (a target id, or the budget share)
 * @param upward    true when crossing means reaching the line from below
 * @param inclusive whether touching the line counts as crossing (not for a limit such as CPA)
 */
public record ThresholdLine(ThresholdKind kind, String lineId, KpiKey kpiKey, BigDecimal threshold, boolean upward,
                            boolean inclusive, UUID objectiveId) {

    public boolean crossedBy(BigDecimal value) {
        int c = value.compareTo(threshold);
        return upward ? (inclusive ? c >= 0 : c > 0) : (inclusive ? c <= 0 : c < 0);
    }

    /** True when the value is far enough back for the next crossing to count again. */
    public boolean rearmedBy(BigDecimal value, BigDecimal hysteresis) {
        BigDecimal margin = threshold.abs().multiply(hysteresis);
        return upward ? value.compareTo(threshold.subtract(margin)) < 0 : value.compareTo(threshold.add(margin)) > 0;
    }
}
