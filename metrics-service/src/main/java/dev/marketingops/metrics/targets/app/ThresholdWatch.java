package dev.marketingops.metrics.targets.app;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.campaigns.domain.CampaignFacts;
import dev.marketingops.metrics.kpis.domain.ActivityTotals;
import dev.marketingops.metrics.kpis.app.KpiRounds;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import dev.marketingops.metrics.kpis.domain.ScopeTotals;
import dev.marketingops.metrics.kpis.domain.KpiRollups;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.kpis.domain.KpiValues;
import dev.marketingops.metrics.targets.domain.KpiTarget;
import dev.marketingops.metrics.targets.domain.KpiTargets;
import dev.marketingops.metrics.targets.domain.ThresholdLine;
import dev.marketingops.metrics.targets.domain.ThresholdLines;
import dev.marketingops.metrics.targets.domain.ThresholdStates;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Measures budgets and targets of the scopes whose figures, targets or budget changed since the last round, and emits
 * KpiThresholdCrossed through the outbox once per crossing. A round reads the changed scopes, their campaigns, targets,
 * totals and line states in a few set-based statements (none when nothing changed) and writes only where a line flips;
 * one replica at a time runs it, each chunk in one transaction ({@link KpiRounds}).
 */
@ApplicationScoped
public class ThresholdWatch {

    private static final Logger LOG = Logger.getLogger(ThresholdWatch.class);
    /** Changed scopes taken per read; a round reads until none are left. */
    static final int CHUNK = 5_000;

    private final KpiRounds rounds;
    private final CampaignDirectory campaigns;
    private final KpiTargets targets;
    private final ScopeTotals rollups;
    private final KpiValues values;
    private final ThresholdStates states;
    private final Outbox outbox;
    private final ThresholdSettings settings;
    private final Clock clock;

    public ThresholdWatch(KpiRounds rounds, CampaignDirectory campaigns, KpiTargets targets, ScopeTotals rollups,
                          KpiValues values, ThresholdStates states, Outbox outbox, ThresholdSettings settings, Clock clock) {
        this.rounds = rounds;
        this.campaigns = campaigns;
        this.targets = targets;
        this.rollups = rollups;
        this.values = values;
        this.states = states;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${marketingops.metrics.targets.threshold-interval:5s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void evaluate() {
        // As the snapshot job: one run at a time across replicas, each chunk in one transaction, so an older read's
        // value never moves a line after a newer read's did, and marks are taken once; a scope whose evaluation fails
        // on its own is parked, not retried with its chunk every round.
        rounds.run(Job.THRESHOLD, CHUNK, this::evaluate);
    }

    private void evaluate(Set<KpiScopeRef> changed) {
        Round round = read(changed);
        for (CampaignFacts c : round.campaigns().values()) {
            if (ThresholdLines.budgetWatched(c)) {
                KpiScopeRef scope = new KpiScopeRef(KpiScope.CAMPAIGN, c.campaignId());
                Optional<Money> spend = round.figures(scope).map(KpiFigures::spend);
                if (spend.isPresent() && spend.get().currency().equals(c.budgetCurrency())) {
                    check(round, scope, c, ThresholdLines.budgetWarning(c, settings.budgetWarningShare()), spend.get().amount());
                    check(round, scope, c, ThresholdLines.budgetExhausted(c), spend.get().amount());
                }
            }
        }
        for (KpiTarget t : round.targets()) {
            KpiScopeRef scope = new KpiScopeRef(t.scope(), t.scopeId());
            Optional<BigDecimal> value = value(round, scope, t.kpiKey());
            value.ifPresent(v -> check(round, scope, round.campaigns().get(t.scopeId()), ThresholdLines.of(t), v));
        }
    }

    /** Everything a round needs, read in the chunk's transaction: campaigns, parents, targets, totals and line states. */
    private Round read(Set<KpiScopeRef> changed) {
        Set<KpiScopeRef> scopes = new LinkedHashSet<>(changed);
        Map<UUID, CampaignFacts> facts = campaigns.findAll(ids(scopes, KpiScope.CAMPAIGN));
        // A campaign's figures are also its launch's and product's.
        for (CampaignFacts c : facts.values()) {
            if (c.launchId() != null) {
                scopes.add(new KpiScopeRef(KpiScope.LAUNCH, c.launchId()));
            }
            if (c.productId() != null) {
                scopes.add(new KpiScopeRef(KpiScope.PRODUCT, c.productId()));
            }
        }
        List<KpiTarget> lines = targets.ofScopes(scopes);
        Map<KpiScope, Map<UUID, ActivityTotals>> totals = new EnumMap<>(KpiScope.class);
        for (KpiScope kind : KpiScope.values()) {
            Set<UUID> needed = lines.stream().filter(t -> t.scope() == kind).map(KpiTarget::scopeId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (kind == KpiScope.CAMPAIGN) {
                facts.values().stream().filter(ThresholdLines::budgetWatched).forEach(c -> needed.add(c.campaignId()));
            }
            totals.put(kind, rollups.totals(kind, needed, KpiRollups.ALL_TIME_FROM, KpiRollups.ALL_TIME_TO));
        }
        return new Round(facts, lines, totals, states.of(scopes), new HashMap<>());
    }

    private Optional<BigDecimal> value(Round round, KpiScopeRef scope, KpiKey key) {
        if (key == KpiKey.NPS || key == KpiKey.CSAT || key == KpiKey.REACH) {
            return guarded(scope, () -> values.value(scope, key));
        }
        return round.figures(scope).flatMap(f -> Optional.ofNullable(KpiValues.valueOf(f, key)));
    }

    /** Writes only when the line flips (or was never stored and is crossed): most checks cost no statement. */
    private void check(Round round, KpiScopeRef scope, CampaignFacts facts, ThresholdLine line, BigDecimal value) {
        Boolean crossed = round.states().get(new ThresholdStates.Key(scope, line.kind(), line.lineId()));
        boolean flips = crossed == null || !crossed ? line.crossedBy(value) : line.rearmedBy(value, settings.hysteresis());
        if (!flips) {
            return;
        }
        if (states.advance(scope, line, value, settings.hysteresis())) {
            outbox.emit(new KpiThresholdCrossed(scope.scope(), scope.id(),
                    scope.scope() == KpiScope.CAMPAIGN ? scope.id() : null,
                    scope.scope() == KpiScope.LAUNCH ? scope.id() : facts == null ? null : facts.launchId(),
                    scope.scope() == KpiScope.PRODUCT ? scope.id() : facts == null ? null : facts.productId(),
                    line.objectiveId(), line.kind(), line.kpiKey(), value, line.threshold(), clock.instant()));
        }
    }

    /** A scope whose money is in mixed currencies has no defined value: it is skipped, not a failure of the watch. */
    private static <T> Optional<T> guarded(KpiScopeRef scope, java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            LOG.debugf("Skipping %s %s without a defined value: %s", scope.scope(), scope.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** One round's reads; figures are derived once per scope. */
    private record Round(Map<UUID, CampaignFacts> campaigns, List<KpiTarget> targets,
                         Map<KpiScope, Map<UUID, ActivityTotals>> totals, Map<ThresholdStates.Key, Boolean> states,
                         Map<KpiScopeRef, Optional<KpiFigures>> derived) {

        Optional<KpiFigures> figures(KpiScopeRef scope) {
            return derived.computeIfAbsent(scope, s -> guarded(s, () -> Optional.of(KpiFigures.of(
                    totals.get(s.scope()).getOrDefault(s.id(), ActivityTotals.empty())))));
        }
    }

    private static List<UUID> ids(Set<KpiScopeRef> scopes, KpiScope kind) {
        List<UUID> ids = new ArrayList<>();
        scopes.stream().filter(s -> s.scope() == kind).forEach(s -> ids.add(s.id()));
        return ids;
    }
}
