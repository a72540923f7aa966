package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress.Reading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** KPI jobs whose marks wait with no chunk finished past the stall limit: gauges, and what {@link StalledJobsCheck} says. */
@ApplicationScoped
public class StalledJobs {

    private static final Logger LOG = Logger.getLogger(StalledJobs.class);

    /** A round's failure as this replica saw it: when, and its kinds and SQLState only (messages may quote data). */
    private record Failure(Instant at, String reason) {
    }

    /** What this replica knows of a job: since when its work waits (from the last reading) and its last failed round. */
    private static final class Seen {
        private final Duration limit;
        private volatile Instant waitingSince;
        private volatile Failure failure;

        Seen(Duration limit) {
            this.limit = limit;
        }
    }

    private final KpiJobProgress progress;
    private final Clock clock;
    private final Map<Job, Seen> seen = new EnumMap<>(Job.class);

    public StalledJobs(KpiJobProgress progress, SnapshotSettings settings, Clock clock, MeterRegistry registry,
                       @ConfigProperty(name = "marketingops.metrics.targets.threshold-interval", defaultValue = "5s")
                       String thresholdInterval) {
        this.progress = progress;
        this.clock = clock;
        seen.put(Job.SNAPSHOT, new Seen(limitFor(settings.stallAfter(), settings.snapshotInterval())));
        seen.put(Job.THRESHOLD, new Seen(limitFor(settings.stallAfter(), thresholdInterval)));
        for (Job job : Job.values()) {
            Gauge.builder("marketingops.kpi.job.stalled", this, s -> s.stalled(job) ? 1 : 0).tag("job", job.name())
                    .description("1 while the KPI job's marks have waited past its stall limit with no chunk of its work finished")
                    .register(registry);
            Gauge.builder("marketingops.kpi.job.waiting", this, s -> s.waiting(job).toMillis() / 1e3).tag("job", job.name())
                    .description("How long the KPI job's marks have waited since it last finished a chunk (0 when none wait)")
                    .baseUnit("seconds").register(registry);
        }
    }

    /**
     * The stall limit, or three of the job's periods if that is longer, so one failed round alone never stalls it. A
     * job switched off here keeps the plain limit: its marks may wait for another replica, or for nobody.
     */
    static Duration limitFor(Duration stallAfter, String interval) {
        String period = interval.trim();
        if (period.equalsIgnoreCase("off") || period.equalsIgnoreCase("disabled")) {
            return stallAfter;
        }
        Duration three = DurationConverter.parseDuration(period).multipliedBy(3);
        return three.compareTo(stallAfter) > 0 ? three : stallAfter;
    }

    public Duration limit(Job job) {
        return seen.get(job).limit;
    }

    /** How long the job's waiting work has not moved, by the service's clock; zero when none waits. */
    public Duration waiting(Job job) {
        Instant since = seen.get(job).waitingSince;
        if (since == null) {
            return Duration.ZERO;
        }
        Duration waited = Duration.between(since, clock.instant());
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    public boolean stalled(Job job) {
        return seen.get(job).waitingSince != null && waiting(job).compareTo(limit(job)) >= 0;
    }

    /** A round of the job went through here: it is not stalled, whatever the last reading said. */
    void finished(Job job) {
        Seen state = seen.get(job);
        state.waitingSince = null;
        state.failure = null;
    }

    /** A round of the job failed here; the reason is kept for the health answer until a round goes through. */
    void failed(Job job, Throwable failure) {
        seen.get(job).failure = new Failure(clock.instant(), reason(failure));
    }

    /** Every replica reads the shared rows itself, so each reports the same stall whichever replica holds the job. */
    @Scheduled(every = "${marketingops.metrics.kpis.parked-refresh:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database's own health check reports an outage; the gauges keep the last reading, and so still rise.
            LOG.debugf("KPI job progress not read: %s", e);
        }
    }

    /** Reads every job's progress (one statement) and updates what the gauges and the health answer show. */
    public void refresh() {
        List<Reading> readings = QuarkusTransaction.requiringNew().call(progress::read);
        readings.forEach(r -> seen.get(r.job()).waitingSince = r.waitingSince().orElse(null));
    }

    /** The job's state in words: since when its marks wait, its limit, the last failed round seen here. */
    public String describe(Job job) {
        Seen state = seen.get(job);
        Instant since = state.waitingSince;
        Failure failure = state.failure;
        String failed = failure == null ? "no failed round seen on this replica (another may hold the job)"
                : "last failed round on this replica at " + failure.at() + ": " + failure.reason();
        if (since == null) {
            return "idle: no marks waiting";
        }
        long waited = waiting(job).toSeconds();
        if (!stalled(job)) {
            return "working: marks waiting " + waited + " s (stalled after " + state.limit.toSeconds() + " s)"
                    + (failure == null ? "" : "; " + failed);
        }
        return "stalled: marks waiting since " + since + " (" + waited + " s, limit " + state.limit.toSeconds()
                + " s) with no chunk finished; " + failed;
    }

    /** The failure's exception kinds, outermost and root, and the first SQLState: never its messages. */
    static String reason(Throwable failure) {
        String sqlState = null;
        Throwable root = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause() == t ? null : t.getCause()) {
            if (sqlState == null && t instanceof SQLException sql) {
                sqlState = sql.getSQLState();
            }
            root = t;
        }
        String kinds = failure.getClass().getSimpleName()
                + (root == failure ? "" : ", caused by " + root.getClass().getSimpleName());
        return sqlState == null ? kinds : kinds + " (SQLState " + sqlState + ")";
    }
}
