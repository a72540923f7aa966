package dev.marketingops.metrics.activity.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Where the activity stream's time goes: one Micrometer {@link Timer} per stage, {@code marketingops.activity.stage}
 * tagged {@code stage} (poll, decode, tally, commit-wait, reseek, isolate, forwards, and the steps of the rollup
 * transaction: positions, ids, counts, money, reach, any same-transaction write, tx-commit).
 */
@ApplicationScoped
public class ActivityStages {

    public static final String METER = "marketingops.activity.stage";

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ActivityStages(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The stage's timer (made on first use). */
    public Timer stage(String stage) {
        return timers.computeIfAbsent(stage, s -> Timer.builder(METER).tag("stage", s)
                .description("Time the activity stream spends in one stage").register(registry));
    }

    /** Records the time since {@code startNanos} (from {@link System#nanoTime()}) under the stage; returns now. */
    public long since(String stage, long startNanos) {
        long now = System.nanoTime();
        stage(stage).record(now - startNanos, TimeUnit.NANOSECONDS);
        return now;
    }
}
