package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.metrics.targets.domain.KpiTarget;
import java.util.List;

/** A scope's KPI series, journey funnel over the same range, and KPI targets: a KPI or launch page's whole read. */
public record KpiOverview(KpiSeries series, FunnelReport funnel, List<KpiTarget> targets) {
}
