package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** KPIs per hour or day bucket; buckets without activity are left out. */
public record KpiSeries(KpiScope scope, UUID scopeId, String granularity, List<Point> points) {

    /** One bucket, from its (UTC) start. */
    public record Point(Instant start, KpiFigures kpis) {
    }
}
