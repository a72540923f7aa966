package dev.marketingops.metrics.journeys.app;

import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.attribution.domain.ScopeJourneys;
import dev.marketingops.metrics.journeys.domain.JourneyStages;
import dev.marketingops.metrics.journeys.domain.PeopleFunnel;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The people funnel of a scope: distinct customers per journey stage, reached in order within a window. */
@ApplicationScoped
public class PeopleFunnelQueries {

    private static final List<String> STAGES = Arrays.stream(JourneyStage.values()).map(Enum::name).toList();

    private final ScopeJourneys scopes;
    private final JourneyStages stages;

    public PeopleFunnelQueries(ScopeJourneys scopes, JourneyStages stages) {
        this.scopes = scopes;
        this.stages = stages;
    }

    /** Customers per stage, in funnel order (every stage present). */
    @Transactional
    public Map<JourneyStage, Long> customersPerStage(KpiScopeRef scope, Instant from, Instant to, Duration window) {
        List<UUID> campaigns = scopes.campaigns(scope.scope(), scope.id());
        long[] counts = campaigns.isEmpty() ? new long[STAGES.size()]
                : PeopleFunnel.count(stages.byCustomer(campaigns, STAGES, from, to), STAGES.size(), window);
        Map<JourneyStage, Long> result = new LinkedHashMap<>();
        for (JourneyStage stage : JourneyStage.values()) {
            result.put(stage, counts[stage.ordinal()]);
        }
        return result;
    }
}
