package dev.marketingops.metrics.benchmark;

import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.LockSupport;

/** Samples used heap every 50 ms; pool peaks cannot be summed (eden and old gen peak at different times). */
final class HeapWatch {

    /** Issue #13: peak heap under 80 % of the limit. */
    private static final double GOAL = 0.80;

    private volatile boolean running = true;
    private volatile long peak;
    private final Thread thread = new Thread(() -> {
        while (running) {
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            LockSupport.parkNanos(50_000_000L);
        }
    }, "heap-watch");

    HeapWatch() {
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling and says the peak against the limit and the goal. */
    String stop() {
        running = false;
        long max = Runtime.getRuntime().maxMemory();
        double share = (double) peak / max;
        return String.format("peak heap used (sampled every 50 ms): %,d MB of the %,d MB limit = %.1f %% (goal < %.0f %%: %s; "
                        + "the heap also holds the load generator and the REST probe)", peak >> 20, max >> 20, share * 100,
                GOAL * 100, share < GOAL ? "met" : "NOT met");
    }
}
