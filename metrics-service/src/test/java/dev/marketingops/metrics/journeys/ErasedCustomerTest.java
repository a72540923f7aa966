package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.journeys.domain.CustomerErasures;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.Touchpoints;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An erased customer stays erased: activity dated up to the erasure that arrives later stores no touchpoint. */
@QuarkusTest
class ErasedCustomerTest {

    @Inject
    Rollups rollups;
    @Inject
    Touchpoints touchpoints;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    MeterRegistry registry;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    @Test
    void activityDatedBeforeTheErasureThatArrivesAfterItIsCountedButNotStoredAndLaterActivityIsKept() throws SQLException {
        UUID campaign = UUID.randomUUID();
        String erased = "erased-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        double erasures = erasures();
        double leftOut = registry.counter("marketingops.journeys.touchpoints", "outcome", "erased").count();

        // Metrics reads privacy.erasure before the customer's older activity (a backlog on marketing.activity).
        Touchpoints.requestErasure(erased, UUID.randomUUID(), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> erasures() == erasures + 1);
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(click(campaign, now.minus(Duration.ofDays(2)), erased)),
                    ActivityFeed.record(click(campaign, now.minus(Duration.ofDays(2)), other)),
                    // Dated after the erasure: new activity of the customer, kept.
                    ActivityFeed.record(click(campaign, now.plus(Duration.ofHours(1)), erased))));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.caughtUp() && rollups.total(campaign, "clicks") == 3);

        assertThat(touchpoints.countOf(pseudonym.of(erased))).isEqualTo(1);
        assertThat(touchpoints.texts("select occurred_at >= ?1 from touchpoint where customer_key = ?2",
                now, pseudonym.of(erased))).containsExactly("true");
        assertThat(touchpoints.countOf(pseudonym.of(other))).isEqualTo(1);
        assertThat(registry.counter("marketingops.journeys.touchpoints", "outcome", "erased").count()).isEqualTo(leftOut + 1);
        // The record holds the keyed pseudonym, never the reference.
        assertThat(touchpoints.texts("select c::text from customer_erasure c where customer_key = ?1", pseudonym.of(erased)))
                .singleElement().asString().doesNotContain(erased);
    }

    @Test
    void aBatchThatCheckedBeforeTheErasureAndCommitsAfterItIsErasedToo() throws Exception {
        UUID campaign = UUID.randomUUID();
        String customer = "racing-" + UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        CountedActivity counted = new CountedActivity(UUID.randomUUID(), click(campaign, at, customer), 0L,
                pseudonym.of(customer));
        double erasures = erasures();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        // A batch commit that has checked the erasures and copied its touchpoint, held open before its commit.
        CompletableFuture<Void> batch = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            touchpoints.copy(List.of(counted));
            written.countDown();
            try {
                assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
        Touchpoints.requestErasure(customer, UUID.randomUUID(), UUID.randomUUID().toString());
        // The erasure either waits for the batch (the fix) or runs past it.
        await().atMost(Duration.ofSeconds(30)).until(() -> erasureWaitsForALock() || erasures() == erasures + 1);
        commit.countDown();
        batch.get(60, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).until(() -> erasures() == erasures + 1);
        assertThat(touchpoints.countOf(pseudonym.of(customer))).isZero();
    }

    private double erasures() {
        return registry.counter("marketingops.journeys.erasures").count();
    }

    private boolean erasureWaitsForALock() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                and query = ?""")) {
            ps.setString(1, "select pg_advisory_xact_lock(" + CustomerErasures.LOCK_KEY + ")");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static ActivityRecorded click(UUID campaign, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.EMAIL, ActivityKind.CLICK, 1L, null, null, at,
                JourneyStage.CONSIDERATION, customer);
    }
}
