package dev.marketingops.metrics.kpis.app;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.campaigns.domain.CampaignFacts;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import dev.marketingops.metrics.kpis.domain.KpiRollups;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.kpis.domain.ScopeTotals;
import dev.marketingops.metrics.kpis.domain.ActivityTotals;
import dev.marketingops.metrics.kpis.domain.SnapshotWindow;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.transaction.AfterCommit;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Emits a KpiSnapshot per active campaign, and per launch with an active campaign, whose figures or status changed since
 * its last snapshot: an idle service with thousands of campaigns emits (and reads) nothing. A round reads all its scopes'
 * figures set-based, a few statements however many scopes, and emits their snapshots in one transaction per chunk; one
 * replica at a time runs it ({@link KpiRounds}).
 */
@ApplicationScoped
public class KpiSnapshots {

    private static final Logger LOG = Logger.getLogger(KpiSnapshots.class);
    /**
     * Changed scopes taken per read and emitted per transaction; a round reads until none are left. 5,000 snapshots in
     * one transaction (schema-checked outbox rows) once ran past the 60 s transaction timeout on a loaded machine.
     */
    static final int CHUNK = 1_000;

    private final KpiRounds rounds;
    private final CampaignDirectory campaigns;
    private final ScopeTotals scopes;
    private final Outbox outbox;
    private final AfterCommit afterCommit;
    private final SnapshotSettings settings;
    private final Clock clock;

    public KpiSnapshots(KpiRounds rounds, CampaignDirectory campaigns, ScopeTotals scopes, Outbox outbox,
                        AfterCommit afterCommit, SnapshotSettings settings, Clock clock) {
        this.rounds = rounds;
        this.campaigns = campaigns;
        this.scopes = scopes;
        this.outbox = outbox;
        this.afterCommit = afterCommit;
        this.settings = settings;
        this.clock = clock;
    }

    void warnOfRollingWindow(@Observes StartupEvent event) {
        if (!settings.snapshotWindow().isToDate()) {
            // Both consumers ignore windowStart: a rolling window would look like totals going down.
            LOG.warnf("KpiSnapshots cover only the last %s: roadmap objective progress and campaign's budget guard "
                    + "read KpiSnapshot figures as totals to date", settings.snapshotWindow().length());
        }
    }

    @Scheduled(every = "${marketingops.metrics.kpis.snapshot-interval:1m}",
            delayed = "${marketingops.metrics.kpis.snapshot-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void emit() {
        emit(settings.snapshotWindow());
    }

    /** One round of snapshots over {@code window}; tests pass a window to see both kinds in one application. */
    public void emit(SnapshotWindow window) {
        Instant windowEnd = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        // A scope can come up in several chunks of one round: a campaign's mark in the first, the rollup commits that
        // name it (read 50 per chunk, oldest first) in a later one, a launch with each of its campaigns. It gets a
        // second snapshot in the round only if its figures differ from the first.
        Map<KpiScopeRef, KpiSnapshot> emitted = new HashMap<>();
        // Claim, read, emit and remove the marks in one transaction per chunk (KpiRounds): a replica that overlaps finds
        // the job taken and leaves the round to the holder, so no scope is snapshotted twice from the same marks, and a
        // snapshot read earlier never commits (and reaches consumers) after one read later.
        rounds.run(Job.SNAPSHOT, CHUNK, marked -> emit(marked, window, windowEnd, emitted));
    }

    private void emit(Set<KpiScopeRef> scopes, SnapshotWindow window, Instant windowEnd,
                      Map<KpiScopeRef, KpiSnapshot> emitted) {
        Set<UUID> changed = new LinkedHashSet<>();
        scopes.stream().filter(s -> s.scope() == KpiScope.CAMPAIGN).forEach(s -> changed.add(s.id()));
        Map<UUID, CampaignFacts> active = new LinkedHashMap<>();
        Set<UUID> launches = new LinkedHashSet<>();
        for (CampaignFacts c : campaigns.findAll(changed).values()) {
            if (c.isActive()) {
                active.put(c.campaignId(), c);
            }
            if (c.launchId() != null) {
                launches.add(c.launchId());
            }
        }
        // A launch's figures changed with its campaign's; it is snapshotted while any of its campaigns is active.
        Map<UUID, CampaignFacts> activeLaunches = campaigns.launchesWithActiveCampaign(launches);
        List<KpiSnapshot> all = new ArrayList<>();
        all.addAll(snapshots(KpiScope.CAMPAIGN, active, window, windowEnd));
        all.addAll(snapshots(KpiScope.LAUNCH, activeLaunches, window, windowEnd));
        // Only a committed chunk's snapshots count as emitted: a chunk that fails is tried again in parts.
        Map<KpiScopeRef, KpiSnapshot> staged = new HashMap<>();
        for (KpiSnapshot snapshot : all) {
            KpiScopeRef scope = new KpiScopeRef(snapshot.scope(), snapshot.scopeId());
            KpiSnapshot last = staged.containsKey(scope) ? staged.get(scope) : emitted.get(scope);
            if (!snapshot.equals(last)) {
                outbox.emit(snapshot);
                staged.put(scope, snapshot);
            }
        }
        afterCommit.run(() -> emitted.putAll(staged));
    }

    /** The snapshots of many scopes of one kind, read set-based; {@code facts} gives each scope's place. */
    private List<KpiSnapshot> snapshots(KpiScope kind, Map<UUID, CampaignFacts> facts, SnapshotWindow window,
                                        Instant windowEnd) {
        Instant from = window.isToDate() ? KpiRollups.ALL_TIME_FROM : windowEnd.minus(window.length());
        Map<UUID, ActivityTotals> totals = scopes.totals(kind, facts.keySet(), from, windowEnd);
        // To date starts at the first counted hour, so windowStart says what the totals really cover.
        Map<UUID, Instant> first = window.isToDate() ? scopes.firstHours(kind, facts.keySet(), windowEnd) : Map.of();
        Map<UUID, Long> reach = scopes.reach(kind, facts.keySet(), from, windowEnd);
        List<KpiSnapshot> snapshots = new ArrayList<>();
        facts.forEach((id, c) -> {
            Instant windowStart = window.isToDate() ? first.getOrDefault(id, windowEnd) : from;
            KpiFigures f;
            try {
                f = KpiFigures.of(totals.getOrDefault(id, ActivityTotals.empty()));
            } catch (ProblemException e) {
                LOG.warnf("No KpiSnapshot for %s %s: %s", kind, id, e.getMessage());
                return;
            }
            snapshots.add(new KpiSnapshot(kind, id, kind == KpiScope.CAMPAIGN ? id : null,
                    kind == KpiScope.LAUNCH ? id : c.launchId(), c.productId(), windowStart, windowEnd,
                    f.impressions(), f.clicks(), f.conversions(), reach.getOrDefault(id, 0L), f.spend(), f.revenue(),
                    f.ctr(), f.cpc(), f.cpm(), f.conversionRate(), f.cpa(), f.roas(), f.roi()));
        });
        return snapshots;
    }
}
