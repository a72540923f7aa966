package dev.marketingops.metrics.benchmark;

import dev.marketingops.metrics.activity.domain.ActivityStages;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Reads the stream's stage timers ({@link ActivityStages#METER}) so a benchmark run can print where its time went. */
@ApplicationScoped
public class StageTimes {

    private final MeterRegistry registry;

    public StageTimes(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Total milliseconds and count per stage, now. */
    public Map<String, double[]> snapshot() {
        Map<String, double[]> times = new TreeMap<>();
        for (Timer t : registry.find(ActivityStages.METER).timers()) {
            times.put(t.getId().getTag("stage"), new double[] {t.totalTime(TimeUnit.MILLISECONDS), t.count()});
        }
        return times;
    }

    /** What each stage took between two snapshots: {@code stage total ms / times}. */
    public static String describe(Map<String, double[]> before, Map<String, double[]> after) {
        return after.entrySet().stream().map(e -> {
            double[] b = before.getOrDefault(e.getKey(), new double[2]);
            return String.format("%s %,.0f/%,.0f", e.getKey(), e.getValue()[0] - b[0], e.getValue()[1] - b[1]);
        }).collect(Collectors.joining(", "));
    }

    /**
     * Where the time went, largest stage first: ms, share of the run's wall time, and µs per event. Stages overlap
     * (the commit steps run on the commit thread while the consumer thread polls; decode runs in parallel), so the
     * shares do not add up to 100 %.
     */
    public static String breakdown(Map<String, double[]> before, Map<String, double[]> after, double wallMs, long events) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[0] - before.getOrDefault(e.getKey(), new double[2])[0]))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(e -> String.format("%s %,.0f ms (%.0f %% of the wall time, %.2f µs/event)", e.getKey(), e.getValue(),
                        100 * e.getValue() / wallMs, 1000 * e.getValue() / events))
                .collect(Collectors.joining("\n    ", "    ", ""));
    }
}
