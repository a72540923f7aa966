package dev.marketingops.metrics.kpis.app;

import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.metrics.feedback.domain.NpsScores;
import dev.marketingops.metrics.kpis.domain.ActivityTotals;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import dev.marketingops.metrics.kpis.domain.KpiRollups;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.targets.domain.KpiTarget;
import dev.marketingops.metrics.targets.domain.KpiTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a scope's KPIs, series and funnel, each answer in one transaction so its parts agree. */
@ApplicationScoped
public class KpiQueries {

    /** KPIs of a scope over a range, with reach and the latest NPS/CSAT. */
    public record Reading(KpiFigures figures, long reach, Optional<NpsScores.Score> score) {
    }

    /** A series and a funnel over the same range. */
    public record Overview(Map<Instant, KpiFigures> series, Map<JourneyStage, ActivityTotals> funnel, List<KpiTarget> targets) {
    }

    private final KpiRollups rollups;
    private final NpsScores nps;
    private final KpiTargets targets;

    public KpiQueries(KpiRollups rollups, NpsScores nps, KpiTargets targets) {
        this.targets = targets;
        this.rollups = rollups;
        this.nps = nps;
    }

    @Transactional
    public Reading reading(KpiScopeRef scope, Instant from, Instant to) {
        KpiFigures figures = KpiFigures.of(rollups.totals(scope, from, to));
        return new Reading(figures, rollups.reach(scope, from, to),
                nps.latest(SubjectType.valueOf(scope.scope().name()), scope.id()));
    }

    /** KPIs per bucket start, oldest first; buckets without activity are left out. */
    @Transactional
    public Map<Instant, KpiFigures> series(KpiScopeRef scope, Instant from, Instant to, KpiRollups.Granularity unit) {
        Map<Instant, KpiFigures> series = new LinkedHashMap<>();
        rollups.series(scope, from, to, unit).forEach((start, totals) -> series.put(start, KpiFigures.of(totals)));
        return series;
    }

    /** Activity per journey stage, in funnel order. */
    @Transactional
    public Map<JourneyStage, ActivityTotals> funnel(KpiScopeRef scope, Instant from, Instant to) {
        return rollups.byStage(scope, from, to);
    }

    @Transactional
    public Overview overview(KpiScopeRef scope, Instant from, Instant to, KpiRollups.Granularity unit) {
        return new Overview(series(scope, from, to, unit), funnel(scope, from, to), targets.ofScope(scope.scope(), scope.id()));
    }
}
