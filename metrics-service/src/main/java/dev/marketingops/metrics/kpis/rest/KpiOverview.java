package dev.marketingops.metrics.kpis.rest;

/** A scope's KPI series and journey funnel over the same range: a KPI page's whole read. */
public record KpiOverview(KpiSeries series, FunnelReport funnel) {
}
