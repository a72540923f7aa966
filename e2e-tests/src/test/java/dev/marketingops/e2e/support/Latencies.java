package dev.marketingops.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Propagation latencies per flow, printed as p50/p99 so every run of the suite shows them. */
public final class Latencies {

    private static final Map<String, List<Long>> BY_FLOW = new TreeMap<>();

    private Latencies() {
    }

    public static synchronized void record(String flow, long millis) {
        BY_FLOW.computeIfAbsent(flow, f -> new ArrayList<>()).add(millis);
    }

    /** Prints one line per flow measured so far. */
    public static synchronized void print() {
        System.out.println();
        System.out.println("Propagation latency per flow (ms):");
        BY_FLOW.forEach((flow, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            sorted.sort(Long::compare);
            System.out.printf("  %-34s n=%-3d p50=%-6d p99=%-6d max=%d%n", flow, sorted.size(),
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
        });
    }

    static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }
}
