package dev.marketingops.metrics.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.locks.LockSupport;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** Peak heap: used heap sampled every 50 ms (garbage included), and the heap left after each garbage collection. */
final class HeapWatch {

    /** Issue #13: peak heap under 80 % of the limit. */
    private static final double GOAL = 0.80;

    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;
    private final Thread thread = new Thread(() -> {
        while (running) {
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            LockSupport.parkNanos(50_000_000L);
        }
    }, "heap-watch");
    // Sampled "used" includes garbage G1 has not collected yet (it lets eden fill what the limit allows), so the heap
    // after each collection is printed beside it: after a young collection the old generation still holds its garbage,
    // so it is an upper bound of what is live.
    private final NotificationListener afterGc = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long heap = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> e.getKey().contains("Eden") || e.getKey().contains("Survivor") || e.getKey().contains("Old"))
                .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
        peakAfterGc = Math.max(peakAfterGc, heap);
    };

    HeapWatch() {
        thread.setDaemon(true);
        thread.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null);
        }
    }

    /** Stops watching and says both peaks against the limit and the goal. */
    String stop() throws Exception {
        running = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).removeNotificationListener(afterGc);
        }
        long max = Runtime.getRuntime().maxMemory();
        String verdict = (double) peak / max < GOAL ? "met"
                : (double) peakAfterGc / max < GOAL ? "met after GC, not sampled" : "NOT met";
        return String.format("peak heap used (sampled every 50 ms, garbage included): %,d MB of the %,d MB limit = %.1f %%; "
                        + "peak heap after a garbage collection (upper bound of the live set): %,d MB = %.1f %% "
                        + "(goal < %.0f %%: %s); the heap also holds the load generator and the REST probe",
                peak >> 20, max >> 20, 100.0 * peak / max, peakAfterGc >> 20, 100.0 * peakAfterGc / max, GOAL * 100, verdict);
    }
}
