package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.metrics.campaigns.domain.CampaignDirectory;
import dev.marketingops.metrics.kpis.app.KpiSnapshots;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.SnapshotWindow;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.KpiEvents;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each snapshot tick emits a schema-valid KpiSnapshot per active campaign and per launch it belongs to, covering the
 * scope's activity to date (from its first counted hour), or a rolling window when configured; one snapshot per scope
 * and round, however many chunks the round takes or however many replicas run a round at once.
 */
@QuarkusTest
class KpiSnapshotTest {

    /** The tests' "now": the snapshot window ends at the end of its hour. */
    static final Instant NOW = Instant.parse("2026-03-10T12:30:00Z");
    static final Instant WINDOW_END = Instant.parse("2026-03-10T13:00:00Z");
    /** The marker round runs an hour later. */
    static final Instant MARKER_END = Instant.parse("2026-03-10T14:00:00Z");

    @Inject
    Rollups rollups;

    @Inject
    KpiSnapshots snapshots;

    @Inject
    CampaignDirectory directory;

    @Inject
    KpiChanges changes;

    @Inject
    EntityManager em;

    @BeforeEach
    void pinClock() {
        TestClock.pin(NOW);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void activeCampaignsAndTheirLaunchesGetSnapshotsToDateFromTheirFirstCountedHour() {
        UUID campaign = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        activate(campaign, launch, product);
        activate(quiet, launch, product);
        send(ActivityFeed.impressions(campaign, 250, Instant.parse("2026-03-03T03:20:00Z")),
                ActivityFeed.impressions(campaign, 50, Instant.parse("2026-03-05T12:00:00Z")));
        snapshots.emit();

        afterMarkerRound(List.of(campaign, quiet), campaign, quiet, launch);
        assertThat(round(campaign)).singleElement().satisfies(s -> {
            assertThat(s.scope()).isEqualTo(KpiScope.CAMPAIGN);
            assertThat(s.impressions()).isEqualTo(300);
            assertThat(s.launchId()).isEqualTo(launch);
            assertThat(s.windowStart()).isEqualTo("2026-03-03T03:00:00Z");
            assertThat(s.windowEnd()).isEqualTo("2026-03-10T13:00:00Z");
        });
        assertThat(round(launch)).singleElement().satisfies(s -> {
            assertThat(s.scope()).isEqualTo(KpiScope.LAUNCH);
            assertThat(s.impressions()).isEqualTo(300);
            assertThat(s.windowStart()).isEqualTo("2026-03-03T03:00:00Z");
        });
        // Nothing counted yet: an empty window rather than a made-up start.
        assertThat(round(quiet)).singleElement().satisfies(s -> {
            assertThat(s.impressions()).isZero();
            assertThat(s.windowStart()).isEqualTo(s.windowEnd());
        });
    }

    @Test
    void aRollingWindowCoversOnlyItsLastHours() {
        UUID campaign = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        activate(campaign, launch, UUID.randomUUID());
        send(ActivityFeed.impressions(campaign, 40, NOW.minus(3, ChronoUnit.DAYS)),
                ActivityFeed.impressions(campaign, 100, NOW.minus(2, ChronoUnit.HOURS)));

        snapshots.emit(SnapshotWindow.of("PT24H"));

        afterMarkerRound(List.of(campaign), campaign, launch);
        assertThat(round(campaign)).singleElement().satisfies(s -> {
            assertThat(s.impressions()).isEqualTo(100);
            assertThat(s.windowEnd()).isEqualTo("2026-03-10T13:00:00Z");
            assertThat(s.windowStart()).isEqualTo("2026-03-09T13:00:00Z");
        });
    }

    @Test
    void aRoundThatTakesSeveralChunksSnapshotsEachScopeOnce() {
        UUID campaign = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        // More rollup commits wait than a chunk reads (KpiChanges.BATCHES), as after a busy hour with the job behind:
        // this campaign's mark is read in the round's first chunk, the commit that counted its activity in a later one.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into kpi_change_batch (job, campaign_ids)
                select 'SNAPSHOT', array[gen_random_uuid()] from generate_series(1, 60)""").executeUpdate());
        activate(campaign, launch, product);
        activate(sibling, launch, product);
        send(ActivityFeed.impressions(campaign, 70, NOW.minus(1, ChronoUnit.HOURS)),
                ActivityFeed.impressions(sibling, 30, NOW.minus(1, ChronoUnit.HOURS)));

        snapshots.emit();

        afterMarkerRound(List.of(campaign, sibling), campaign, sibling, launch);
        assertThat(round(campaign)).singleElement().satisfies(s -> assertThat(s.impressions()).isEqualTo(70));
        assertThat(round(sibling)).singleElement().satisfies(s -> assertThat(s.impressions()).isEqualTo(30));
        assertThat(round(launch)).singleElement().satisfies(s -> assertThat(s.impressions()).isEqualTo(100));
    }

    @Test
    void twoOverlappingRoundsSnapshotEachChangedScopeOnce() throws Exception {
        UUID campaign = UUID.randomUUID();
        UUID launch = UUID.randomUUID();
        activate(campaign, launch, UUID.randomUUID());
        send(ActivityFeed.impressions(campaign, 80, NOW.minus(2, ChronoUnit.HOURS)));

        // Two replicas' rounds start together; the outbox is held so that whoever read the marks is still in flight
        // when the other has either read them too (two writers waiting) or given the round up.
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("lock table outbox_event in exclusive mode").executeUpdate();
                held.countDown();
                awaitQuietly(release);
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Void> round = () -> {
                start.await(30, TimeUnit.SECONDS);
                snapshots.emit();
                return null;
            };
            List<Future<Void>> rounds = List.of(threads.submit(round), threads.submit(round));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                int waiting = outboxWritersWaiting();
                return waiting >= 2 || waiting == 1 && rounds.stream().anyMatch(Future::isDone);
            });
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            for (Future<Void> r : rounds) {
                r.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        afterMarkerRound(List.of(campaign), campaign, launch);
        assertThat(round(campaign)).singleElement().satisfies(s -> assertThat(s.impressions()).isEqualTo(80));
        assertThat(round(launch)).singleElement().satisfies(s -> assertThat(s.impressions()).isEqualTo(80));
    }

    @Test
    void aSnapshotWindowIsToDateOrAPositiveWholeNumberOfHours() {
        assertThat(SnapshotWindow.of("to-date").isToDate()).isTrue();
        assertThat(SnapshotWindow.of("P2D").length()).isEqualTo(Duration.ofHours(48));
        assertThatThrownBy(() -> SnapshotWindow.of("PT90M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SnapshotWindow.of("PT0H")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SnapshotWindow.of("daily")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Counting "once" needs a later marker on each key (docs/testing.md): marks the campaigns changed and emits a round
     * an hour later, whose snapshots (window ending at {@link #MARKER_END}) follow this round's in each key's
     * partition; waits until every key has one.
     */
    private void afterMarkerRound(List<UUID> campaigns, UUID... keys) {
        TestClock.pin(NOW.plus(1, ChronoUnit.HOURS));
        QuarkusTransaction.requiringNew().run(() -> campaigns.forEach(changes::campaignChanged));
        snapshots.emit();
        await().atMost(Duration.ofSeconds(30)).until(() -> Stream.of(keys).allMatch(key ->
                KpiEvents.distinct(KpiSnapshot.class, key).stream().anyMatch(s -> s.windowEnd().equals(MARKER_END))));
        TestClock.pin(NOW);
    }

    /** Sessions waiting to insert into the held outbox: rounds that read their marks and are emitting. */
    private int outboxWritersWaiting() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                and query like '%insert into outbox_event%'""").getSingleResult()).intValue());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the outbox");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The key's snapshots from the round under test (before the marker), each CloudEvent once, as consumers see them. */
    private static List<KpiSnapshot> round(UUID key) {
        return KpiEvents.distinct(KpiSnapshot.class, key).stream().filter(s -> s.windowEnd().equals(WINDOW_END)).toList();
    }

    private void activate(UUID campaign, UUID launch, UUID product) {
        CampaignEvents.created(campaign, launch, product, Money.of("500", "EUR"));
        CampaignEvents.activated(campaign, launch, product);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(campaign).filter(c -> c.isActive()).isPresent());
    }

    private void send(dev.marketingops.contracts.activity.ActivityRecorded... activity) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(activity).stream().map(ActivityFeed::record).toList());
        }
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
    }
}
