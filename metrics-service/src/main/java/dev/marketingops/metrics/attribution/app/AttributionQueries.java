package dev.marketingops.metrics.attribution.app;

import dev.marketingops.metrics.attribution.domain.Attribution;
import dev.marketingops.metrics.attribution.domain.AttributionModel;
import dev.marketingops.metrics.attribution.domain.AttributionResult;
import dev.marketingops.metrics.attribution.domain.Credit;
import dev.marketingops.metrics.attribution.domain.Journey;
import dev.marketingops.metrics.attribution.domain.MarkovChain;
import dev.marketingops.metrics.attribution.domain.ModelParameters;
import dev.marketingops.metrics.attribution.domain.ScopeJourneys;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Attribution of a scope's conversions under one or more models, over one read of its journeys and spend. */
@ApplicationScoped
public class AttributionQueries {

    private final ScopeJourneys store;

    public AttributionQueries(ScopeJourneys store) {
        this.store = store;
    }

    /** The models' answers (in the order asked), the spend per campaign, channel and currency, and the customers read. */
    public record Answer(List<AttributionResult> results, Map<UUID, Map<String, Map<String, BigDecimal>>> spend,
            int customers) {
    }

    /**
     * What a scope is credited with under a model (default parameters): a launch or product its attributed total; a
     * campaign its row when the journeys of its whole launch are attributed (so its sibling campaigns compete for the
     * credit), or of itself alone when metrics knows no launch for it.
     */
    @Transactional
    public Credit creditOf(KpiScopeRef scope, Instant from, Instant to, AttributionModel model) {
        ModelParameters p = ModelParameters.defaults();
        if (scope.scope() != KpiScope.CAMPAIGN) {
            return attribute(scope, from, to, List.of(model), p).results().get(0).attributed();
        }
        KpiScopeRef context = store.launchOf(scope.id()).map(l -> new KpiScopeRef(KpiScope.LAUNCH, l)).orElse(scope);
        Credit credit = attribute(context, from, to, List.of(model), p).results().get(0).byCampaign().get(scope.id());
        return credit == null ? new Credit() : credit;
    }

    /** One transaction, so every model sees the same journeys. */
    @Transactional
    public Answer attribute(KpiScopeRef scope, Instant from, Instant to, List<AttributionModel> models, ModelParameters p) {
        List<UUID> campaigns = store.campaigns(scope.scope(), scope.id());
        boolean convertingOnly = models.stream().allMatch(AttributionModel::heuristic);
        List<Journey> journeys = campaigns.isEmpty() ? List.of()
                : store.journeys(campaigns, from, to, p.lookback(), convertingOnly);
        List<AttributionResult> results = new ArrayList<>(models.size());
        for (AttributionModel model : models) {
            try {
                results.add(Attribution.attribute(journeys, model, p));
            } catch (MarkovChain.TooManyStatesException e) {
                throw ProblemException.invalidField("order", e.getMessage()
                        + ": use pathItem=channel, a lower order or a narrower scope");
            }
        }
        return new Answer(results, campaigns.isEmpty() ? Map.of() : store.spend(campaigns, from, to), journeys.size());
    }
}
