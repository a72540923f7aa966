package dev.marketingops.metrics.targets;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.metrics.campaigns.CampaignDirectory;
import dev.marketingops.metrics.campaigns.CampaignFacts;
import dev.marketingops.metrics.kpis.KpiScopeRef;
import dev.marketingops.metrics.kpis.KpiValues;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Measures budgets and targets against the rollups and emits KpiThresholdCrossed through the outbox, once per
 * crossing: the state change and the event commit together, and hysteresis keeps a hovering value from flapping.
 */
@ApplicationScoped
public class ThresholdWatch {

    private static final Logger LOG = Logger.getLogger(ThresholdWatch.class);

    private final CampaignDirectory campaigns;
    private final KpiTargets targets;
    private final KpiValues values;
    private final ThresholdStates states;
    private final Outbox outbox;
    private final BigDecimal hysteresis;
    private final BigDecimal warningShare;

    public ThresholdWatch(CampaignDirectory campaigns, KpiTargets targets, KpiValues values, ThresholdStates states,
                          Outbox outbox, @ConfigProperty(name = "marketingops.kpi.hysteresis") BigDecimal hysteresis,
                          @ConfigProperty(name = "marketingops.kpi.budget-warning-share") BigDecimal warningShare) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.values = values;
        this.states = states;
        this.outbox = outbox;
        this.hysteresis = hysteresis;
        this.warningShare = warningShare;
    }

    @Scheduled(every = "${marketingops.kpi.threshold-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void evaluate() {
        for (CampaignFacts c : QuarkusTransaction.requiringNew().call(campaigns::open)) {
            if (c.budgetAmount() != null && c.budgetAmount().signum() > 0) {
                watchBudget(c);
            }
        }
        List<KpiTarget> all = QuarkusTransaction.requiringNew().call(targets::all);
        all.forEach(this::watchTarget);
    }

    private void watchBudget(CampaignFacts c) {
        KpiScopeRef scope = new KpiScopeRef(KpiScope.CAMPAIGN, c.campaignId());
        Optional<Money> spend = guarded(() -> Optional.ofNullable(values.figures(scope).spend()));
        if (spend.isEmpty() || !spend.get().currency().equals(c.budgetCurrency())) {
            return;
        }
        BigDecimal spent = spend.get().amount();
        cross(scope, c, new ThresholdLine(ThresholdKind.BUDGET_WARNING, "budget", KpiKey.SPEND,
                c.budgetAmount().multiply(warningShare), true, true, null), spent);
        cross(scope, c, new ThresholdLine(ThresholdKind.BUDGET_EXHAUSTED, "budget", KpiKey.SPEND,
                c.budgetAmount(), true, true, null), spent);
    }

    private void watchTarget(KpiTarget t) {
        KpiScopeRef scope = new KpiScopeRef(t.scope(), t.scopeId());
        Optional<BigDecimal> value = guarded(() -> values.value(scope, t.kpiKey()));
        if (value.isEmpty()) {
            return;
        }
        boolean cpaLimit = t.kpiKey() == KpiKey.CPA && t.direction() == Direction.DECREASE;
        ThresholdLine line = cpaLimit
                ? new ThresholdLine(ThresholdKind.CPA_ABOVE_LIMIT, t.id().toString(), t.kpiKey(), t.target(), true, false, null)
                : new ThresholdLine(ThresholdKind.TARGET_REACHED, t.id().toString(), t.kpiKey(), t.target(),
                        t.direction() == Direction.INCREASE, true, t.objectiveId());
        CampaignFacts facts = t.scope() == KpiScope.CAMPAIGN
                ? QuarkusTransaction.requiringNew().call(() -> campaigns.find(t.scopeId())).orElse(null) : null;
        cross(scope, facts, line, value.get());
    }

    private void cross(KpiScopeRef scope, CampaignFacts facts, ThresholdLine line, BigDecimal value) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (states.advance(scope, line, value, hysteresis)) {
                outbox.emit(new KpiThresholdCrossed(scope.scope(), scope.id(),
                        scope.scope() == KpiScope.CAMPAIGN ? scope.id() : null,
                        scope.scope() == KpiScope.LAUNCH ? scope.id() : facts == null ? null : facts.launchId(),
                        scope.scope() == KpiScope.PRODUCT ? scope.id() : facts == null ? null : facts.productId(),
                        line.objectiveId(), line.kind(), line.kpiKey(), value, line.threshold(), Instant.now()));
            }
        });
    }

    /** A scope whose money is in mixed currencies has no defined value: it is skipped, not a failure of the watch. */
    private static <T> Optional<T> guarded(java.util.function.Supplier<Optional<T>> read) {
        try {
            return QuarkusTransaction.requiringNew().call(read::get);
        } catch (ProblemException e) {
            LOG.debugf("Skipping a scope without a defined value: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
