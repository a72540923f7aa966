package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.kpis.app.KpiJobReadings;
import dev.marketingops.metrics.kpis.app.KpiRounds;
import dev.marketingops.metrics.kpis.app.StalledJobs;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.FailingKpiValues;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.support.StatementCount;
import dev.marketingops.metrics.support.TestClock;
import dev.marketingops.metrics.targets.app.ThresholdWatch;
import dev.marketingops.plumbing.TransientFailures;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A KPI job whose rounds keep failing for a passing reason, or whose claim is held by a round that never ends, shows it
 * once its marks have waited past the stall limit: health group kpi-jobs DOWN naming the job (never readiness), gauges
 * marketingops_kpi_job_stalled and _waiting_seconds; and it is UP again as soon as a round goes through. A backlog
 * whose chunks commit is no stall, however old its oldest mark. The tests pin the clock past the limit, or back-date
 * the marks, rather than wait for it.
 */
@QuarkusTest
class KpiJobStallTest {

    @Inject
    ThresholdWatch watch;
    @Inject
    FailingKpiValues values;
    @Inject
    KpiChanges changes;
    @Inject
    KpiJobProgress progress;
    @Inject
    StalledJobs stalls;
    @Inject
    KpiRounds rounds;
    @Inject
    KpiJobReadings readings;
    @Inject
    MeterRegistry registry;
    @Inject
    AgroalDataSource dataSource;

    /** A round that goes through takes what a test left waiting (back-dated marks too), so no stall outlives it. */
    @AfterEach
    void heal() {
        values.heal();
        TestClock.release();
        watch.evaluate();
    }

    @Test
    void aJobWhoseRoundsKeepFailingTransientlyIsStalledUntilARoundGoesThrough() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("100", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        Api.as("analyst").contentType("application/json").body("{\"direction\":\"INCREASE\",\"target\":1000}")
                .put("/api/v1/targets/campaign/" + campaign + "/reach").then().statusCode(200);
        // Its reach target is read in every round that takes the campaign, and fails as a lock timeout would.
        values.failTransiently(campaign);

        assertThatThrownBy(watch::evaluate).satisfies(e -> assertThat(TransientFailures.isTransient(e)).isTrue());
        assertThat(threshold()).startsWith("working: marks waiting").contains("SQLState 55P03");
        assertThat(gauge("marketingops.kpi.job.stalled")).isZero();

        // Past the limit, the rounds still failing (they write nothing): stalled, from the marks' age alone.
        TestClock.pin(Instant.now().plus(stalls.limit(Job.THRESHOLD)).plusSeconds(60));
        assertThatThrownBy(watch::evaluate);
        RestAssured.get("/q/health/group/kpi-jobs").then().statusCode(503);
        assertThat(threshold()).startsWith("stalled: marks waiting since ")
                .contains("last failed round on this replica", "LockTimeoutException", "SQLState 55P03")
                .doesNotContain("example.com", campaign.toString());
        assertThat(gauge("marketingops.kpi.job.stalled")).isEqualTo(1);
        assertThat(gauge("marketingops.kpi.job.waiting")).isGreaterThanOrEqualTo(stalls.limit(Job.THRESHOLD).toSeconds());
        // Not readiness: the service goes on serving.
        assertThat(RestAssured.get("/q/health/ready").then().extract().jsonPath().getList("checks.name", String.class))
                .doesNotContain("kpi-job-progress");

        values.heal();
        Instant recovery = Instant.now();
        watch.evaluate();
        // The replica that ran the round knows at once; every replica reads that its marks are gone.
        assertThat(gauge("marketingops.kpi.job.stalled")).isZero();
        assertThat(gauge("marketingops.kpi.job.waiting")).isZero();
        assertThat(reading().waitingSince().orElse(recovery)).isAfterOrEqualTo(recovery);
        TestClock.release();
        RestAssured.get("/q/health/group/kpi-jobs").then().statusCode(200);
        assertThat(threshold()).doesNotStartWith("stalled").doesNotContain("failed round on this replica");
    }

    @Test
    void aJobHeldByARoundThatNeverEndsIsStalledOnAReplicaThatSawNoFailure() throws Exception {
        watch.evaluate();
        UUID campaign = UUID.randomUUID();
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            // Another replica's round took the job (KpiChanges#claim) and hangs in its transaction.
            try (PreparedStatement claim = otherReplica.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                claim.setString(1, "metrics.kpi-job." + Job.THRESHOLD.name());
                claim.execute();
            }
            QuarkusTransaction.requiringNew().run(() -> changes.linesChanged(KpiScope.CAMPAIGN, campaign));
            watch.evaluate();
            assertThat(threshold()).startsWith("working");

            TestClock.pin(Instant.now().plus(stalls.limit(Job.THRESHOLD)).plusSeconds(60));
            watch.evaluate();
            assertThat(threshold()).startsWith("stalled")
                    .contains("no failed round seen on this replica (another may hold the job)");
            assertThat(gauge("marketingops.kpi.job.stalled")).isEqualTo(1);
            otherReplica.rollback();
        }

        Instant recovery = Instant.now();
        watch.evaluate();
        assertThat(gauge("marketingops.kpi.job.stalled")).isZero();
        assertThat(reading().waitingSince().orElse(recovery)).isAfterOrEqualTo(recovery);
    }

    @Test
    void aBacklogBeingWorkedThroughIsNoStallThoughItsOldestMarkIsOld() throws Exception {
        watch.evaluate();
        // Two marks, taken one per chunk in this order; both, and the job's last finished chunk, two days old.
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(2).sorted(Comparator.comparing(UUID::toString)).toList();
        KpiScopeRef first = new KpiScopeRef(KpiScope.CAMPAIGN, ids.get(0));
        KpiScopeRef second = new KpiScopeRef(KpiScope.CAMPAIGN, ids.get(1));
        QuarkusTransaction.requiringNew().run(() -> changes.mark(List.of(Job.THRESHOLD), List.of(first, second)));
        backdate(ids);
        // What the 30 s refresh runs: one statement feeds the stall and the parked gauges alike.
        long before = StatementCount.of(Thread.currentThread().getId());
        readings.refresh();
        assertThat(StatementCount.of(Thread.currentThread().getId()) - before).isEqualTo(1);
        assertThat(stalls.stalled(Job.THRESHOLD)).isTrue();
        assertThat(gauge("marketingops.kpi.job.stalled")).isEqualTo(1);
        assertThat(gauge("marketingops.kpi.scopes.parked")).isEqualTo(reading().parked());

        // The first chunk commits, the second fails: the second mark still waits, two days old, but the job moved.
        assertThatThrownBy(() -> rounds.run(Job.THRESHOLD, 1, scopes -> {
            if (scopes.contains(second)) {
                throw new LockTimeoutException("test: lock timeout", new SQLException("lock timeout", "55P03"));
            }
        }));
        readings.refresh();
        assertThat(reading().oldestMark()).isBefore(Instant.now().minusSeconds(86_400));
        assertThat(stalls.stalled(Job.THRESHOLD)).isFalse();
        assertThat(threshold()).startsWith("working");
    }

    private void backdate(List<UUID> ids) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement marks = c.prepareStatement("update kpi_change set marked_at = now() - interval '2 days' "
                     + "where job = 'THRESHOLD' and scope_id = any(?)");
             PreparedStatement moved = c.prepareStatement("update kpi_job_progress set moved_at = now() - interval '2 days' "
                     + "where job = 'THRESHOLD'")) {
            marks.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            marks.executeUpdate();
            moved.executeUpdate();
        }
    }

    /** The health group's answer for the threshold job (reading the tables, as every call does). */
    private static String threshold() {
        return RestAssured.get("/q/health/group/kpi-jobs").then().extract().jsonPath()
                .getString("checks.find { it.name == 'kpi-job-progress' }.data.THRESHOLD");
    }

    private double gauge(String name) {
        return registry.get(name).tag("job", Job.THRESHOLD.name()).gauge().value();
    }

    private KpiJobProgress.Reading reading() {
        return QuarkusTransaction.requiringNew().call(progress::read).stream()
                .filter(r -> r.job() == Job.THRESHOLD).findFirst().orElseThrow();
    }
}
