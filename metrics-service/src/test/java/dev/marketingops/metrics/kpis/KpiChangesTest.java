package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.campaigns.domain.CampaignFacts;
import dev.marketingops.metrics.kpis.app.KpiSnapshots;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.targets.app.ThresholdWatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The KPI jobs follow changes: the rollup commit marks its campaigns, a job takes a mark only once it has dealt with it. */
@QuarkusTest
class KpiChangesTest {

    static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");
    static final UUID PRODUCT = UUID.randomUUID();

    @Inject
    KpiChanges changes;

    @Inject
    KpiSnapshots snapshots;

    @Inject
    CampaignDirectory directory;

    @Inject
    Rollups rollups;

    @Inject
    ThresholdWatch watch;

    @Test
    void theRollupCommitMarksItsCampaignsForBothJobs() {
        UUID campaign = UUID.randomUUID();
        drain(Job.THRESHOLD);
        drain(Job.SNAPSHOT);

        send(campaign);

        assertThat(pending(Job.THRESHOLD)).contains(new KpiScopeRef(KpiScope.CAMPAIGN, campaign));
        assertThat(pending(Job.SNAPSHOT)).contains(new KpiScopeRef(KpiScope.CAMPAIGN, campaign));
    }

    @Test
    void aMarkTouchedAfterItWasReadStaysForTheNextRound() {
        KpiScopeRef scope = new KpiScopeRef(KpiScope.LAUNCH, UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> changes.linesChanged(scope.scope(), scope.id()));
        KpiChanges.Pending read = QuarkusTransaction.requiringNew().call(() -> changes.pending(Job.THRESHOLD, 100_000));

        // A writer marks it again while the job works: the job saw figures from before that change.
        QuarkusTransaction.requiringNew().run(() -> changes.linesChanged(scope.scope(), scope.id()));
        QuarkusTransaction.requiringNew().run(() -> changes.done(Job.THRESHOLD, read));
        assertThat(pending(Job.THRESHOLD)).contains(scope);

        QuarkusTransaction.requiringNew().run(() -> changes.done(Job.THRESHOLD,
                QuarkusTransaction.requiringNew().call(() -> changes.pending(Job.THRESHOLD, 100_000))));
        assertThat(pending(Job.THRESHOLD)).doesNotContain(scope);
    }

    @Test
    void aThresholdRoundWhileAnotherRunHoldsTheJobLeavesTheMarksToThatRun() {
        KpiScopeRef scope = new KpiScopeRef(KpiScope.LAUNCH, UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> changes.linesChanged(scope.scope(), scope.id()));

        // This transaction's session holds the job, as another replica's round would; the watch runs in its own.
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(changes.claim(Job.THRESHOLD)).isTrue();
            watch.evaluate();
        });
        assertThat(pending(Job.THRESHOLD)).contains(scope);

        watch.evaluate();
        assertThat(pending(Job.THRESHOLD)).doesNotContain(scope);
    }

    @Test
    void anActiveCampaignWithoutChangesGetsNoFurtherSnapshot() {
        UUID busy = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        activate(busy);
        activate(quiet);
        snapshots.emit();                                   // both: they were activated
        await().atMost(Duration.ofSeconds(30)).until(() -> KpiEvents.of(KpiSnapshot.class, quiet).size() == 1);

        send(busy);
        snapshots.emit();                                   // only busy changed
        await().atMost(Duration.ofSeconds(30)).until(() -> KpiEvents.of(KpiSnapshot.class, busy).size() == 2);

        activate(quiet);                                    // a change of quiet's own: the marker round
        snapshots.emit();
        await().atMost(Duration.ofSeconds(30)).until(() -> KpiEvents.of(KpiSnapshot.class, quiet).size() >= 2);
        assertThat(KpiEvents.of(KpiSnapshot.class, quiet)).hasSize(2);
    }

    private void activate(UUID campaign) {
        CampaignEvents.created(campaign, null, PRODUCT, Money.of("100", "EUR"));
        CampaignEvents.activated(campaign, null, PRODUCT);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(campaign).map(CampaignFacts::isActive).orElse(false)
                && pending(Job.SNAPSHOT).contains(new KpiScopeRef(KpiScope.CAMPAIGN, campaign)));
    }

    private void send(UUID campaign) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(ActivityFeed.impressions(campaign, 10, AT))));
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
    }

    private List<KpiScopeRef> pending(Job job) {
        return List.copyOf(QuarkusTransaction.requiringNew().call(() -> changes.pending(job, 100_000)).scopes());
    }

    private void drain(Job job) {
        KpiChanges.Pending read;
        do {
            read = QuarkusTransaction.requiringNew().call(() -> changes.pending(job, 100_000));
            KpiChanges.Pending done = read;
            QuarkusTransaction.requiringNew().run(() -> changes.done(job, done));
        } while (read.full());
    }
}
