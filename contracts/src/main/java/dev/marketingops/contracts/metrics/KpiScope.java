package dev.marketingops.contracts.metrics;

/** What a KPI figure is computed over. */
public enum KpiScope {
    CAMPAIGN,
    LAUNCH,
    PRODUCT
}
