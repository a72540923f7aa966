package dev.marketingops.metrics.benchmark;

import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.management.ObjectName;

/** What holds the live heap at one moment of a phase: the JVM's class histogram of live objects, largest classes first. */
// GC.class_histogram (what jcmd runs) collects fully first, so it lists only live objects and the heap used right
// after it is the live set at that moment. It costs one full collection, taken once per phase.
final class HeapCensus {

    private static final int TOP = Integer.getInteger("benchmark.census-top", 25);

    private final Thread thread;
    private volatile String result = "not taken (the phase ended before the moment came)";
    private volatile long live = -1;

    /** Takes the census once {@code when} holds, on a thread of its own, polling every 100 ms until stopped. */
    HeapCensus(String moment, BooleanSupplier when) {
        thread = new Thread(() -> {
            try {
                while (!when.getAsBoolean()) {
                    if (Thread.interrupted()) {
                        return;
                    }
                    LockSupport.parkNanos(100_000_000L);
                }
                result = take(moment);
                live = used();
            } catch (Exception e) {
                result = "failed: " + e;
            }
        }, "heap-census");
        thread.setDaemon(true);
        thread.start();
    }

    /** What the census found (or why not), once the phase is over, and how much it holds above {@code idleLive}. */
    String stop(long idleLive) throws InterruptedException {
        thread.interrupt();
        thread.join(60_000);
        return live < 0 ? result : result + String.format("%n    ingest's share of it, above the live heap before the phase: "
                + "%,d MB = %.1f %% of the limit", (live - idleLive) >> 20, 100.0 * (live - idleLive) / HeapWatch.limit());
    }

    /** The heap left by the last full collection (right after {@link #take}: the histogram's, i.e. the live heap then). */
    static long used() {
        // Read from the collection itself: the stream keeps allocating after it, about 100 MB/s at full speed.
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(b -> b.getName().contains("Old") || b.getName().contains("MarkSweep"))
                .map(b -> ((com.sun.management.GarbageCollectorMXBean) b).getLastGcInfo()).filter(Objects::nonNull)
                .max(Comparator.comparingLong(GcInfo::getEndTime))
                .map(info -> info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> HeapWatch.isHeapPool(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum())
                .orElseGet(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    static String take(String moment) throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        long live = used();
        List<String> lines = histogram.lines().toList();
        StringBuilder out = new StringBuilder(String.format(
                "live heap %s (full collection of the class histogram): %,d MB = %.1f %% of the %,d MB limit; %s; top %d classes:",
                moment, live >> 20, 100.0 * live / HeapWatch.limit(), HeapWatch.limit() >> 20,
                lines.get(lines.size() - 1).trim(), TOP));
        lines.stream().filter(l -> l.matches("\\s*\\d+:.*")).limit(TOP).forEach(l -> {
            String[] f = l.trim().split("\\s+");
            out.append(String.format("%n      %,8d KB %,10d × %s", Long.parseLong(f[2]) >> 10, Long.parseLong(f[1]),
                    f.length > 3 ? f[3] : "?"));
        });
        return out.toString();
    }
}
