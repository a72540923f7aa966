package dev.marketingops.metrics.targets;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.CampaignDirectory;
import dev.marketingops.metrics.campaigns.CampaignFacts;
import dev.marketingops.metrics.kpis.KpiFigures;
import dev.marketingops.metrics.kpis.KpiQueries;
import dev.marketingops.metrics.kpis.KpiScopeRef;
import dev.marketingops.metrics.kpis.KpiValues;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Emits a KpiSnapshot per active campaign and per launch with an active campaign, every snapshot interval. */
@ApplicationScoped
public class KpiSnapshots {

    private static final Logger LOG = Logger.getLogger(KpiSnapshots.class);

    private final CampaignDirectory campaigns;
    private final KpiValues values;
    private final Outbox outbox;

    public KpiSnapshots(CampaignDirectory campaigns, KpiValues values, Outbox outbox) {
        this.campaigns = campaigns;
        this.values = values;
        this.outbox = outbox;
    }

    @Scheduled(every = "${marketingops.kpi.snapshot-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void emit() {
        Instant windowEnd = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Map<UUID, CampaignFacts> launches = new LinkedHashMap<>();
        for (CampaignFacts c : QuarkusTransaction.requiringNew().call(campaigns::open)) {
            if (c.isActive()) {
                snapshot(new KpiScopeRef(KpiScope.CAMPAIGN, c.campaignId()), c.campaignId(), c.launchId(), c.productId(), windowEnd);
                if (c.launchId() != null) {
                    launches.putIfAbsent(c.launchId(), c);
                }
            }
        }
        launches.forEach((launch, c) -> snapshot(new KpiScopeRef(KpiScope.LAUNCH, launch), null, launch, c.productId(), windowEnd));
    }

    private void snapshot(KpiScopeRef scope, UUID campaignId, UUID launchId, UUID productId, Instant windowEnd) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                KpiFigures f = values.figures(scope);
                outbox.emit(new KpiSnapshot(scope.scope(), scope.id(), campaignId, launchId, productId,
                        KpiQueries.ALL_TIME_FROM, windowEnd, f.impressions(), f.clicks(), f.conversions(),
                        values.reach(scope), f.spend(), f.revenue(), f.ctr(), f.cpc(), f.cpm(), f.conversionRate(),
                        f.cpa(), f.roas(), f.roi()));
            });
        } catch (ProblemException e) {
            LOG.warnf("No KpiSnapshot for %s %s: %s", scope.scope(), scope.id(), e.getMessage());
        }
    }
}
