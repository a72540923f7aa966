package dev.marketingops.metrics.kpis.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress.Reading;
import dev.marketingops.metrics.kpis.domain.SnapshotWindow;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.LockTimeoutException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stall rules without a database: each job's limit, since when its work waits, what a failure may say, that a
 * reading never replaces a newer one, and that a job switched off here is reported so, never as stalled.
 */
class StalledJobsRulesTest {

    static final Instant T = Instant.parse("2026-03-10T08:00:00Z");
    /** Marks that have waited two days: past any limit. */
    static final List<Reading> OLD_MARKS = List.of(new Reading(Job.SNAPSHOT, null, T.minus(Duration.ofDays(2)), 0),
            new Reading(Job.THRESHOLD, null, T.minus(Duration.ofDays(2)), 0));
    static final List<Reading> IDLE = List.of(new Reading(Job.SNAPSHOT, T, null, 0), new Reading(Job.THRESHOLD, T, null, 0));

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
        assertThat(new Reading(Job.THRESHOLD, T, null, 0).waitingSince()).isEmpty();
        assertThat(new Reading(Job.THRESHOLD, null, T, 0).waitingSince()).contains(T);
        assertThat(new Reading(Job.THRESHOLD, T.minusSeconds(600), T, 0).waitingSince()).contains(T);
        // A backlog that is being worked through: old marks remain, but a chunk just committed.
        assertThat(new Reading(Job.THRESHOLD, T, T.minusSeconds(600), 0).waitingSince()).contains(T);
    }

    @Test
    void aFailureIsDescribedByItsKindsAndSqlStateNeverItsMessages() {
        RuntimeException failure = new LockTimeoutException("lock on ada@example.com",
                new SQLException("canceling statement (ada@example.com)", "55P03"));
        assertThat(StalledJobs.reason(failure))
                .isEqualTo("LockTimeoutException, caused by SQLException (SQLState 55P03)");
        assertThat(StalledJobs.reason(new IllegalStateException("ada@example.com"))).isEqualTo("IllegalStateException");
    }

    @Test
    void aReadingTakenBeforeARoundWentThroughDoesNotBringTheStallBack() {
        StalledJobs stalls = stalls("1m", "5s");
        stalls.read(stalls.ticket(), OLD_MARKS);
        assertThat(stalls.stalled(Job.THRESHOLD)).isTrue();

        // The 30 s refresh starts reading; meanwhile a round here goes through; then the refresh's old rows arrive.
        long before = stalls.ticket();
        stalls.finished(Job.THRESHOLD);
        stalls.read(before, OLD_MARKS);
        assertThat(stalls.stalled(Job.THRESHOLD)).isFalse();
        assertThat(stalls.waiting(Job.THRESHOLD)).isZero();
        assertThat(stalls.describe(Job.THRESHOLD)).isEqualTo("idle: no marks waiting");
        // The other job's state is that reading's: nothing newer is known of it.
        assertThat(stalls.stalled(Job.SNAPSHOT)).isTrue();

        // A reading that started after the round counts again.
        stalls.read(stalls.ticket(), OLD_MARKS);
        assertThat(stalls.stalled(Job.THRESHOLD)).isTrue();
    }

    @Test
    void ofTwoReadingsTheOneThatStartedLaterStandsWhicheverEndsLast() {
        StalledJobs stalls = stalls("1m", "5s");
        long health = stalls.ticket();
        long refresh = stalls.ticket();
        stalls.read(refresh, IDLE);
        stalls.read(health, OLD_MARKS);
        assertThat(stalls.stalled(Job.THRESHOLD)).isFalse();
        assertThat(stalls.stalled(Job.SNAPSHOT)).isFalse();
    }

    @Test
    void aJobSwitchedOffHereIsReportedSoNeverAsStalled() {
        StalledJobs stalls = stalls("off", "5s");
        stalls.read(stalls.ticket(), OLD_MARKS);
        assertThat(stalls.stalled(Job.SNAPSHOT)).isFalse();
        assertThat(stalls.waiting(Job.SNAPSHOT)).isEqualTo(Duration.ofDays(2));
        assertThat(stalls.describe(Job.SNAPSHOT)).isEqualTo("disabled on this replica (interval off): marks waiting "
                + Duration.ofDays(2).toSeconds() + " s; another replica may run the job, or none");
        assertThat(stalls.stalled(Job.THRESHOLD)).isTrue();
        StalledJobs thresholdOff = stalls("1m", "disabled");
        thresholdOff.read(thresholdOff.ticket(), OLD_MARKS);
        assertThat(thresholdOff.stalled(Job.THRESHOLD)).isFalse();
        assertThat(thresholdOff.stalled(Job.SNAPSHOT)).isTrue();

        stalls.read(stalls.ticket(), IDLE);
        assertThat(stalls.describe(Job.SNAPSHOT)).isEqualTo("disabled on this replica (interval off): no marks waiting");

        // Rounds run here by hand (as the tests run them with the schedule off): watched as if it were on.
        stalls.started(Job.SNAPSHOT);
        stalls.read(stalls.ticket(), OLD_MARKS);
        assertThat(stalls.stalled(Job.SNAPSHOT)).isTrue();
    }

    /** The stall state of a replica with these job periods and the default limit, its clock at {@link #T}. */
    private static StalledJobs stalls(String snapshotInterval, String thresholdInterval) {
        SnapshotSettings settings = new SnapshotSettings() {
            @Override
            public String snapshotInterval() {
                return snapshotInterval;
            }

            @Override
            public String snapshotDelay() {
                return "30s";
            }

            @Override
            public SnapshotWindow snapshotWindow() {
                return null;
            }

            @Override
            public String parkedRefresh() {
                return "30s";
            }

            @Override
            public Duration stallAfter() {
                return Duration.ofMinutes(2);
            }
        };
        return new StalledJobs(settings, Clock.fixed(T, ZoneOffset.UTC), new SimpleMeterRegistry(), thresholdInterval);
    }
}
