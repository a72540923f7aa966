package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Mark;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Parked;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Pending;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.plumbing.TransientFailures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a KPI job's round over its change marks, chunk by chunk, each chunk in one transaction that claims the job
 * ({@link KpiChanges#claim}). A chunk that fails for its contents is tried again in halves down to single scopes, and a
 * scope that fails on its own is parked (its mark kept, retried alone later), so one scope never stalls the job. A
 * chunk that commits records that the job moved ({@link KpiJobProgress#moved}); rounds that keep failing show as a stall.
 */
@ApplicationScoped
public class KpiRounds {

    private static final Logger LOG = Logger.getLogger(KpiRounds.class);
    /** Parked scopes whose retry time has come, retried per round at most, each in a transaction of its own. */
    static final int RETRIES_PER_ROUND = 20;

    /** A chunk's work on its scopes, inside the chunk's transaction; throwing rolls the chunk back. */
    @FunctionalInterface
    public interface Work {
        void on(Set<KpiScopeRef> scopes);
    }

    private enum Result { DONE, NOT_CLAIMED, FAILED }

    /** What one claimed transaction came to, with the marks it read (null when it read none). */
    private record Attempt(Result result, Pending read, RuntimeException failure) {
    }

    private final KpiChanges changes;
    private final KpiJobProgress progress;
    private final StalledJobs stalls;
    private final Clock clock;
    private final Map<Job, Counter> parkings = new EnumMap<>(Job.class);

    public KpiRounds(KpiChanges changes, KpiJobProgress progress, StalledJobs stalls, Clock clock, MeterRegistry registry) {
        this.changes = changes;
        this.progress = progress;
        this.stalls = stalls;
        this.clock = clock;
        for (Job job : Job.values()) {
            parkings.put(job, Counter.builder("marketingops.kpi.scope.parkings").tag("job", job.name())
                    .description("Scopes parked because the job's work failed for them alone").register(registry));
        }
    }

    /**
     * One round: chunks of up to {@code chunk} marks until none are left, then the parked scopes whose time has come.
     * A replica that finds the job claimed ends its round. A passing failure (connection, lock) ends it too, thrown:
     * the marks stay for the next round, and nothing is parked for a database that is away; if that goes on, the
     * marks' age shows it ({@link StalledJobs}).
     */
    public void run(Job job, int chunk, Work work) {
        stalls.started(job);
        boolean through;
        try {
            through = round(job, chunk, work);
        } catch (RuntimeException e) {
            stalls.failed(job, e);
            throw e;
        }
        if (through) {
            stalls.finished(job);
        }
    }

    /** The round; false when another run held the job (this one left it the marks). */
    private boolean round(Job job, int chunk, Work work) {
        List<Parked> parked = List.of();
        boolean more = true;
        while (more) {
            Attempt attempt = attempt(job, () -> changes.pending(job, chunk), work);
            if (attempt.read() != null) {
                parked = attempt.read().parked();
            }
            switch (attempt.result()) {
                case NOT_CLAIMED -> {
                    return false;
                }
                case DONE -> more = attempt.read().full();
                default -> {
                    // Only a chunk's work can fail for one scope; anything else is the job's own failure.
                    if (attempt.read() == null || attempt.read().isEmpty()
                            || TransientFailures.isTransient(attempt.failure())) {
                        throw attempt.failure();
                    }
                    if (!isolate(job, attempt.read(), work, attempt.failure())) {
                        return false;
                    }
                    // Its marks are done or parked now: the next read moves on.
                }
            }
        }
        return retryParked(job, parked, work);
    }

    /** Claims the job, reads the marks with {@code read}, works on their scopes and removes the marks, in one transaction. */
    private Attempt attempt(Job job, Supplier<Pending> read, Work work) {
        AtomicReference<Pending> taken = new AtomicReference<>();
        try {
            boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
                if (!changes.claim(job)) {
                    return false;
                }
                Pending pending = read.get();
                taken.set(pending);
                if (!pending.isEmpty()) {
                    work.on(pending.scopes());
                    changes.done(job, pending);
                    progress.moved(job);
                }
                return true;
            });
            return new Attempt(claimed ? Result.DONE : Result.NOT_CLAIMED, taken.get(), null);
        } catch (RuntimeException e) {
            return new Attempt(Result.FAILED, taken.get(), e);
        }
    }

    /** Works through a failed chunk in parts; false when the job was claimed elsewhere meanwhile (the round ends). */
    private boolean isolate(Job job, Pending failed, Work work, RuntimeException failure) {
        LOG.warnf("KPI job %s: a chunk of %d scopes failed (%s); trying it in halves", job, failed.scopes().size(),
                describe(failure));
        Optional<List<Mark>> marks = claimed(job, () -> changes.spread(job, failed));
        if (marks.isEmpty()) {
            return false;
        }
        return marks.get().size() == 1 ? park(job, marks.get().get(0), failure) : split(job, marks.get(), work);
    }

    /** Tries each half in its own transaction; a half that fails is split again, a single scope that fails is parked. */
    private boolean split(Job job, List<Mark> marks, Work work) {
        int half = marks.size() / 2;
        for (List<Mark> part : List.of(marks.subList(0, half), marks.subList(half, marks.size()))) {
            Attempt attempt = attempt(job, () -> Pending.of(part), work);
            if (attempt.result() == Result.NOT_CLAIMED) {
                return false;
            }
            if (attempt.result() == Result.FAILED) {
                if (TransientFailures.isTransient(attempt.failure())) {
                    throw attempt.failure();
                }
                boolean goOn = part.size() == 1 ? park(job, part.get(0), attempt.failure()) : split(job, part, work);
                if (!goOn) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Parks the scope; logged with its failure once, when it is parked the first time. */
    private boolean park(Job job, Mark mark, RuntimeException failure) {
        Instant now = clock.instant();
        Optional<Integer> failures = claimed(job, () -> changes.park(job, mark, now));
        if (failures.isEmpty()) {
            return false;
        }
        if (failures.get() == 1) {
            parkings.get(job).increment();
            LOG.errorf(failure, "KPI job %s parked %s %s: its work fails on its own; the other scopes go on, it is "
                    + "retried alone later (kpi_change.retry_after)", job, mark.scope().scope(), mark.scope().id());
        } else if (failures.get() > 1) {
            LOG.debugf("KPI job %s: parked %s %s failed again (%d times): %s", job, mark.scope().scope(),
                    mark.scope().id(), failures.get(), describe(failure));
        }
        return true;
    }

    /**
     * Retries the parked scopes whose time has come, each alone; one that works again counts as an ordinary mark. False
     * when the job was claimed elsewhere meanwhile.
     */
    private boolean retryParked(Job job, List<Parked> parked, Work work) {
        Instant now = clock.instant();
        List<Parked> due = parked.stream().filter(p -> !p.retryAfter().isAfter(now)).limit(RETRIES_PER_ROUND).toList();
        for (Parked p : due) {
            Attempt attempt = attempt(job, () -> Pending.of(List.of(p.mark())), scopes -> {
                work.on(scopes);
                changes.unpark(job, p.mark());
            });
            if (attempt.result() == Result.NOT_CLAIMED) {
                return false;
            }
            if (attempt.result() == Result.DONE) {
                LOG.infof("KPI job %s: parked %s %s works again after %d failures", job, p.mark().scope().scope(),
                        p.mark().scope().id(), p.failures());
            } else if (TransientFailures.isTransient(attempt.failure())) {
                throw attempt.failure();
            } else if (!park(job, p.mark(), attempt.failure())) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code step} in a transaction of its own that claims the job; empty when another run holds it. */
    private <T> Optional<T> claimed(Job job, Supplier<T> step) {
        return QuarkusTransaction.requiringNew().call(() -> changes.claim(job) ? Optional.of(step.get()) : Optional.empty());
    }

    private static String describe(Throwable failure) {
        Throwable root = TransientFailures.root(failure);
        return root == failure ? failure.toString() : failure + ", caused by " + root;
    }
}
