package dev.marketingops.contracts.common;

import java.math.BigDecimal;

/** Whether an objective is met by the KPI going up (e.g. conversions) or down (e.g. CPA). */
public enum Direction {
    INCREASE,
    DECREASE;

    /** Whether {@code target} lies past {@code baseline} this way: above it for INCREASE, below it for DECREASE. */
    public boolean isPast(BigDecimal target, BigDecimal baseline) {
        int sign = target.compareTo(baseline);
        return this == INCREASE ? sign > 0 : sign < 0;
    }

    /** The rule {@link #isPast} checks, for a field's message: "must be above the baseline for an INCREASE". */
    public String pastRule() {
        return this == INCREASE ? "must be above the baseline for an INCREASE" : "must be below the baseline for a DECREASE";
    }
}
