package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress.Reading;
import dev.marketingops.plumbing.TransientFailures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** KPI jobs whose marks wait with no chunk finished past the stall limit: gauges, and what {@link StalledJobsCheck} says. */
@ApplicationScoped
public class StalledJobs {

    /** A round's failure as this replica saw it: when, and its kinds and SQLState only (messages may quote data). */
    private record Failure(Instant at, String reason) {
    }

    /**
     * What this replica knows of a job: since when its work waits, from the newest reading or round (its ticket), its
     * last failed round, and whether it runs here (switched on, or a round run here by hand, as the tests do).
     */
    private static final class Seen {
        private final Duration limit;
        private final boolean switchedOn;
        private volatile boolean startedHere;
        private volatile Instant waitingSince;
        private volatile Failure failure;
        /** The ticket of what set {@link #waitingSince}: a reading taken before it must not replace it. */
        private long ticket;

        Seen(Duration limit, boolean switchedOn) {
            this.limit = limit;
            this.switchedOn = switchedOn;
        }
    }

    /** Tickets in the order readings start and rounds finish, so a reading taken before a finished round is known. */
    private final AtomicLong tickets = new AtomicLong();
    private final Clock clock;
    private final Map<Job, Seen> seen = new EnumMap<>(Job.class);

    public StalledJobs(SnapshotSettings settings, Clock clock, MeterRegistry registry,
                       @ConfigProperty(name = "marketingops.metrics.targets.threshold-interval", defaultValue = "5s")
                       String thresholdInterval) {
        this.clock = clock;
        seen.put(Job.SNAPSHOT, new Seen(limitFor(settings.stallAfter(), settings.snapshotInterval()),
                !isOff(settings.snapshotInterval())));
        seen.put(Job.THRESHOLD, new Seen(limitFor(settings.stallAfter(), thresholdInterval), !isOff(thresholdInterval)));
        for (Job job : Job.values()) {
            Gauge.builder("marketingops.kpi.job.stalled", this, s -> s.stalled(job) ? 1 : 0).tag("job", job.name())
                    .description("1 while the KPI job's marks have waited past its stall limit with no chunk of its work finished")
                    .register(registry);
            Gauge.builder("marketingops.kpi.job.waiting", this, s -> s.waiting(job).toMillis() / 1e3).tag("job", job.name())
                    .description("How long the KPI job's marks have waited since it last finished a chunk (0 when none wait)")
                    .baseUnit("seconds").register(registry);
        }
    }

    /** The scheduler's words for a job switched off ({@code every = "off"}). */
    static boolean isOff(String interval) {
        String period = interval.trim();
        return period.equalsIgnoreCase("off") || period.equalsIgnoreCase("disabled");
    }

    /** The stall limit, or three of the job's periods if that is longer, so one failed round alone never stalls it. */
    static Duration limitFor(Duration stallAfter, String interval) {
        if (isOff(interval)) {
            return stallAfter;
        }
        Duration three = DurationConverter.parseDuration(interval.trim()).multipliedBy(3);
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

    /**
     * True past the limit, on a replica that runs the job. One where it is switched off never says so: its marks may
     * wait for another replica, which says it if they are stuck there, or for nobody, which is no stall but a choice.
     */
    public boolean stalled(Job job) {
        Seen state = seen.get(job);
        return runsHere(state) && state.waitingSince != null && waiting(job).compareTo(limit(job)) >= 0;
    }

    private static boolean runsHere(Seen state) {
        return state.switchedOn || state.startedHere;
    }

    /** A round of the job starts here, even with its schedule off (run by hand): this replica watches its progress. */
    void started(Job job) {
        seen.get(job).startedHere = true;
    }

    /** A round of the job went through here: it is not stalled, whatever a reading taken before said. */
    void finished(Job job) {
        Seen state = seen.get(job);
        synchronized (state) {
            state.ticket = tickets.incrementAndGet();
            state.waitingSince = null;
            state.failure = null;
        }
    }

    /** A round of the job failed here; the reason is kept for the health answer until a round goes through. */
    void failed(Job job, Throwable failure) {
        seen.get(job).failure = new Failure(clock.instant(), reason(failure));
    }

    /** A ticket for a reading about to start ({@link #read}). */
    long ticket() {
        return tickets.incrementAndGet();
    }

    /**
     * Takes what the jobs' rows said in a reading that started with {@code ticket}, for each job unless something newer
     * is known: a round that finished here since the reading started, or a reading that started later.
     */
    void read(long ticket, List<Reading> readings) {
        for (Reading r : readings) {
            Seen state = seen.get(r.job());
            synchronized (state) {
                if (ticket > state.ticket) {
                    state.ticket = ticket;
                    state.waitingSince = r.waitingSince().orElse(null);
                }
            }
        }
    }

    /** The job's state in words: since when its marks wait, its limit, the last failed round seen here. */
    public String describe(Job job) {
        Seen state = seen.get(job);
        Instant since = state.waitingSince;
        long waited = waiting(job).toSeconds();
        if (!runsHere(state)) {
            return "disabled on this replica (interval off): " + (since == null ? "no marks waiting"
                    : "marks waiting " + waited + " s; another replica may run the job, or none");
        }
        Failure failure = state.failure;
        String failed = failure == null ? "no failed round seen on this replica (another may hold the job)"
                : "last failed round on this replica at " + failure.at() + ": " + failure.reason();
        if (since == null) {
            return "idle: no marks waiting";
        }
        if (!stalled(job)) {
            return "working: marks waiting " + waited + " s (stalled after " + state.limit.toSeconds() + " s)"
                    + (failure == null ? "" : "; " + failed);
        }
        return "stalled: marks waiting since " + since + " (" + waited + " s, limit " + state.limit.toSeconds()
                + " s) with no chunk finished; " + failed;
    }

    /** The failure's exception kinds, outermost and root, and the first SQLState: never its messages. */
    static String reason(Throwable failure) {
        Throwable root = TransientFailures.root(failure);
        String sqlState = TransientFailures.sqlState(failure);
        String kinds = failure.getClass().getSimpleName()
                + (root == failure ? "" : ", caused by " + root.getClass().getSimpleName());
        return sqlState == null ? kinds : kinds + " (SQLState " + sqlState + ")";
    }
}
