package dev.marketingops.metrics.kpis.app;

import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.kpis.ActivityTotals;
import dev.marketingops.metrics.kpis.KpiQueries;
import dev.marketingops.metrics.kpis.KpiScopeRef;
import dev.marketingops.metrics.targets.KpiTarget;
import dev.marketingops.metrics.targets.KpiTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A scope's whole KPI page in one read: its series, its funnel and its targets, in one transaction. */
@ApplicationScoped
public class KpiOverviewQueries {

    private final KpiQueries queries;
    private final KpiTargets targets;

    public KpiOverviewQueries(KpiQueries queries, KpiTargets targets) {
        this.queries = queries;
        this.targets = targets;
    }

    /** What GET /kpis/timeseries, GET /funnel and GET /targets/{scope}/{id} read, for one scope and range. */
    @Transactional
    public Overview overview(KpiScopeRef scope, Instant from, Instant to, KpiQueries.Granularity unit) {
        return new Overview(queries.series(scope, from, to, unit), queries.byStage(scope, from, to),
                targets.ofScope(scope.scope(), scope.id()));
    }

    /** The reads' results, before the REST layer shapes them. */
    public record Overview(Map<Instant, ActivityTotals> series, Map<JourneyStage, ActivityTotals> stages,
                           List<KpiTarget> targets) {
    }
}
