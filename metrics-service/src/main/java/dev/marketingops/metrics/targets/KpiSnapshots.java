package dev.marketingops.metrics.targets;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.CampaignDirectory;
import dev.marketingops.metrics.campaigns.CampaignFacts;
import dev.marketingops.metrics.kpis.KpiFigures;
import dev.marketingops.metrics.kpis.KpiQueries;
import dev.marketingops.metrics.kpis.KpiScopeRef;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Emits a KpiSnapshot per active campaign and per launch with an active campaign, every snapshot interval. */
@ApplicationScoped
public class KpiSnapshots {

    private static final Logger LOG = Logger.getLogger(KpiSnapshots.class);

    private final CampaignDirectory campaigns;
    private final KpiQueries queries;
    private final Outbox outbox;
    private final SnapshotWindow window;

    public KpiSnapshots(CampaignDirectory campaigns, KpiQueries queries, Outbox outbox,
                        @ConfigProperty(name = "marketingops.kpi.snapshot-window") SnapshotWindow window) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.outbox = outbox;
        this.window = window;
    }

    void warnOfRollingWindow(@Observes StartupEvent event) {
        if (!window.isToDate()) {
            // Both consumers ignore windowStart: a rolling window would look like totals going down.
            LOG.warnf("KpiSnapshots cover only the last %s: roadmap objective progress and campaign's budget guard "
                    + "read KpiSnapshot figures as totals to date", window.length());
        }
    }

    @Scheduled(every = "${marketingops.kpi.snapshot-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void emit() {
        emit(window);
    }

    /**
     * Snapshots of the given campaigns (those still active) and of their launches, now: for rollups that just changed,
     * so pages and consumers see new activity without waiting for the next round over every campaign.
     */
    void emitFor(Set<UUID> campaignIds) {
        Instant windowEnd = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Map<UUID, CampaignFacts> launches = new LinkedHashMap<>();
        for (CampaignFacts c : QuarkusTransaction.requiringNew().call(campaigns::open)) {
            if (c.isActive() && campaignIds.contains(c.campaignId())) {
                snapshot(new KpiScopeRef(KpiScope.CAMPAIGN, c.campaignId()), c.campaignId(), c.launchId(), c.productId(),
                        window, windowEnd);
                if (c.launchId() != null) {
                    launches.putIfAbsent(c.launchId(), c);
                }
            }
        }
        launches.forEach((launch, c) -> snapshot(new KpiScopeRef(KpiScope.LAUNCH, launch), null, launch, c.productId(),
                window, windowEnd));
    }

    /** One round of snapshots over {@code window}; tests pass a window to see both kinds in one application. */
    void emit(SnapshotWindow window) {
        Instant windowEnd = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Map<UUID, CampaignFacts> launches = new LinkedHashMap<>();
        for (CampaignFacts c : QuarkusTransaction.requiringNew().call(campaigns::open)) {
            if (c.isActive()) {
                snapshot(new KpiScopeRef(KpiScope.CAMPAIGN, c.campaignId()), c.campaignId(), c.launchId(), c.productId(),
                        window, windowEnd);
                if (c.launchId() != null) {
                    launches.putIfAbsent(c.launchId(), c);
                }
            }
        }
        launches.forEach((launch, c) -> snapshot(new KpiScopeRef(KpiScope.LAUNCH, launch), null, launch, c.productId(),
                window, windowEnd));
    }

    private void snapshot(KpiScopeRef scope, UUID campaignId, UUID launchId, UUID productId, SnapshotWindow window,
                          Instant windowEnd) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // To date starts at the first counted hour, so windowStart says what the totals really cover.
                Instant windowStart = window.isToDate() ? queries.firstHour(scope, windowEnd).orElse(windowEnd)
                        : windowEnd.minus(window.length());
                KpiFigures f = KpiFigures.of(queries.totals(scope, windowStart, windowEnd));
                outbox.emit(new KpiSnapshot(scope.scope(), scope.id(), campaignId, launchId, productId,
                        windowStart, windowEnd, f.impressions(), f.clicks(), f.conversions(),
                        queries.reach(scope, windowStart, windowEnd), f.spend(), f.revenue(), f.ctr(), f.cpc(), f.cpm(),
                        f.conversionRate(), f.cpa(), f.roas(), f.roi()));
            });
        } catch (ProblemException e) {
            LOG.warnf("No KpiSnapshot for %s %s: %s", scope.scope(), scope.id(), e.getMessage());
        }
    }
}
