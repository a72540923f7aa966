package dev.marketingops.metrics.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.locks.LockSupport;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** One phase's heap: used heap sampled every 50 ms, the heap left after each collection, and the time spent collecting. */
// The goal is judged on the live set, the heap left right after a full collection: that is what must fit. Sampled
// "used" of a sized heap is near the limit by design (the collector lets the generations fill before it collects), and
// a young collection leaves the old generation's dead objects, so the heap after it is only an upper bound; it is
// printed, and judged on only when no full collection ran. The live set's true peak lies between (c) and (b).
final class HeapWatch {

    /** Issue #13: peak heap under 80 % of the limit. */
    static final double GOAL = 0.80;

    private final String phase;
    private final long started = System.nanoTime();
    private final long gcMillisBefore = gcMillis();
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;
    private volatile long peakAfterFullGc;
    private volatile int fullGcs;
    private volatile int gcs;
    private final Thread thread = new Thread(() -> {
        while (running) {
            peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            LockSupport.parkNanos(50_000_000L);
        }
    }, "heap-watch");
    private final NotificationListener afterGc = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            afterCollection(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
        }
    };

    HeapWatch(String phase) {
        this.phase = phase;
        thread.setDaemon(true);
        thread.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null);
        }
    }

    /** The heap limit: -Xmx as given (Serial GC reports one survivor space less as its maximum). */
    static long limit() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-Xmx"))
                .reduce((first, last) -> last).map(a -> parseSize(a.substring(4)))
                .orElse(Runtime.getRuntime().maxMemory());
    }

    private static long parseSize(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? size : size.substring(0, size.length() - 1)) << shift;
    }

    /** The collector and the heap limit, as this JVM runs them. */
    static String describeJvm() {
        String collectors = String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        return String.format("heap limit -Xmx %,d MB (-Dmetrics.test.heap; the service's production heap is 224 MB; "
                + "usable to the collector %,d MB), collectors %s", limit() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                collectors);
    }

    /** Stops watching and says the three peaks against the limit, and the goal's verdict. */
    String stop() {
        running = false;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(afterGc);
            } catch (javax.management.ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        long max = limit();
        double wallMillis = (System.nanoTime() - started) / 1e6;
        long gcTime = gcMillis() - gcMillisBefore;
        long judged = fullGcs > 0 ? peakAfterFullGc : peakAfterGc;
        return String.format("heap, %s: limit %,d MB; (a) peak used, sampled every 50 ms, garbage included: %,d MB = %.1f %%; "
                        + "(b) peak left right after any collection: %,d MB = %.1f %% (an upper bound: a young collection "
                        + "leaves the old generation's dead objects); (c) peak left right after a full collection, the "
                        + "live set: %s (%d full of %d collections); goal < %.0f %% judged on %s: %s; time collecting "
                        + "%,d ms = %.1f %% of %,.0f ms",
                phase, max >> 20, peak >> 20, 100.0 * peak / max, peakAfterGc >> 20, 100.0 * peakAfterGc / max,
                fullGcs == 0 ? "none ran" : String.format("%,d MB = %.1f %%", peakAfterFullGc >> 20, 100.0 * peakAfterFullGc / max),
                fullGcs, gcs, GOAL * 100, fullGcs > 0 ? "(c)" : "(b), no full collection ran",
                (double) judged / max < GOAL ? "met" : "NOT met", gcTime, 100.0 * gcTime / wallMillis, wallMillis);
    }

    private void afterCollection(GarbageCollectionNotificationInfo info) {
        long heap = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> isHeapPool(e.getKey()))
                .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
        gcs++;
        peakAfterGc = Math.max(peakAfterGc, heap);
        if (info.getGcAction().contains("major")) {
            fullGcs++;
            peakAfterFullGc = Math.max(peakAfterFullGc, heap);
        }
    }

    static boolean isHeapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).anyMatch(name::equals);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
