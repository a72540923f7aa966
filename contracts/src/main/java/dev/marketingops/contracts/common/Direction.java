package dev.marketingops.contracts.common;

/** Whether an objective is met by the KPI going up (e.g. conversions) or down (e.g. CPA). */
public enum Direction {
    INCREASE,
    DECREASE
}
