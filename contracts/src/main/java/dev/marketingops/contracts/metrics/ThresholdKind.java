package dev.marketingops.contracts.metrics;

/** Which threshold a KPI crossed. */
public enum ThresholdKind {
    /** An objective's target was reached. */
    TARGET_REACHED,
    /** Spend passed the warning share of the budget. */
    BUDGET_WARNING,
    /** Spend reached the budget; campaign's budget guard may pause the campaign. */
    BUDGET_EXHAUSTED,
    /** Cost per acquisition went above its limit. */
    CPA_ABOVE_LIMIT
}
