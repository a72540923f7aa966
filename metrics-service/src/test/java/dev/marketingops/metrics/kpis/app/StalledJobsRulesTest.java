package dev.marketingops.metrics.kpis.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress.Reading;
import jakarta.persistence.LockTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stall rules without a database: each job's limit, since when its work waits, and what a failure may say. */
class StalledJobsRulesTest {

    static final Instant T = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void theLimitIsThreeOfTheJobsPeriodsWhenThatIsLongerThanTheStallLimit() {
        Duration twoMinutes = Duration.ofMinutes(2);
        assertThat(StalledJobs.limitFor(twoMinutes, "5s")).isEqualTo(twoMinutes);
        assertThat(StalledJobs.limitFor(twoMinutes, "500ms")).isEqualTo(twoMinutes);
        assertThat(StalledJobs.limitFor(twoMinutes, "1m")).isEqualTo(Duration.ofMinutes(3));
        assertThat(StalledJobs.limitFor(twoMinutes, "PT10M")).isEqualTo(Duration.ofMinutes(30));
        assertThat(StalledJobs.limitFor(twoMinutes, "off")).isEqualTo(twoMinutes);
    }

    @Test
    void workWaitsSinceItsOldestMarkOrTheLastFinishedChunkWhicheverIsLater() {
        assertThat(new Reading(Job.THRESHOLD, T, null).waitingSince()).isEmpty();
        assertThat(new Reading(Job.THRESHOLD, null, T).waitingSince()).contains(T);
        assertThat(new Reading(Job.THRESHOLD, T.minusSeconds(600), T).waitingSince()).contains(T);
        // A backlog that is being worked through: old marks remain, but a chunk just committed.
        assertThat(new Reading(Job.THRESHOLD, T, T.minusSeconds(600)).waitingSince()).contains(T);
    }

    @Test
    void aFailureIsDescribedByItsKindsAndSqlStateNeverItsMessages() {
        RuntimeException failure = new LockTimeoutException("lock on ada@example.com",
                new SQLException("canceling statement (ada@example.com)", "55P03"));
        assertThat(StalledJobs.reason(failure))
                .isEqualTo("LockTimeoutException, caused by SQLException (SQLState 55P03)");
        assertThat(StalledJobs.reason(new IllegalStateException("ada@example.com"))).isEqualTo("IllegalStateException");
    }
}
