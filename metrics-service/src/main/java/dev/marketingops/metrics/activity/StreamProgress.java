package dev.marketingops.metrics.activity;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the activity stream makes progress: a commit, or a poll with nothing to do, is progress; a stream that has
 * neither for {@code marketingops.activity.stall-after} is stalled, which turns readiness DOWN
 * ({@link ActivityStreamReadiness}) and shows in the gauges
 * {@code marketingops.activity.stalled} (0/1) and {@code marketingops.activity.stalled.seconds}.
 */
@ApplicationScoped
public class StreamProgress {

    private final Clock clock;
    private final Duration stallAfter;
    /** Millis of the last progress while a loop runs; -1 while the stream is stopped on purpose. */
    private volatile long lastProgress = -1;
    private volatile String lastProblem;

    public StreamProgress(Instance<Clock> clocks,
                          @ConfigProperty(name = "marketingops.activity.stall-after") Duration stallAfter,
                          MeterRegistry registry) {
        this.clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        this.stallAfter = stallAfter;
        registry.gauge("marketingops.activity.stalled.seconds", this, p -> p.sinceProgress().toMillis() / 1000.0);
        registry.gauge("marketingops.activity.stalled", this, p -> p.stalled() ? 1 : 0);
    }

    /** A loop started: it has until stall-after to make its first progress. */
    void started() {
        lastProgress = clock.millis();
        lastProblem = null;
    }

    /** Any batch committed (normal, split or position-only) is progress. */
    void onCommit(@Observes ActivityBatchCommitted batch) {
        progressed();
    }

    /** The stream was stopped on purpose (shutdown, a test, the benchmark): not a stall. */
    void stopped() {
        lastProgress = -1;
    }

    /** A batch committed, or a poll found nothing to do; a stream stopped on purpose stays unwatched. */
    void progressed() {
        if (lastProgress >= 0) {
            lastProgress = clock.millis();
            lastProblem = null;
        }
    }

    /** Why the last attempt failed, for the health answer. */
    void failed(Throwable problem) {
        lastProblem = problem.toString();
    }

    /** Time since the last progress of a running stream; zero when stopped. */
    public Duration sinceProgress() {
        long last = lastProgress;
        return last < 0 ? Duration.ZERO : Duration.ofMillis(Math.max(0, clock.millis() - last));
    }

    public boolean stalled() {
        return sinceProgress().compareTo(stallAfter) >= 0;
    }

    /** Why the last attempt failed, or null after progress. */
    public String lastProblem() {
        return lastProblem;
    }

    public Duration stallAfter() {
        return stallAfter;
    }
}
