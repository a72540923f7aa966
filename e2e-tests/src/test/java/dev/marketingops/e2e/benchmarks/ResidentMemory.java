package dev.marketingops.e2e.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the resident memory of some processes from /proc/&lt;pid&gt;/status and keeps each one's peak. */
final class ResidentMemory implements AutoCloseable {

    private final Map<String, Long> pids;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    /** NMT summaries near each peak, when the services track native memory; otherwise null. */
    private final NativeMemory nativeMemory = NativeMemory.tracking() ? new NativeMemory() : null;

    private ResidentMemory(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
    }

    static ResidentMemory sample(Map<String, Long> pids, Duration every) {
        ResidentMemory memory = new ResidentMemory(pids);
        memory.sampler.scheduleAtFixedRate(memory::sampleOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return memory;
    }

    private void sampleOnce() {
        pids.forEach((name, pid) -> {
            long kb = field(pid, "VmRSS:");
            if (kb > 0) {
                peakKb.merge(name, kb, Math::max);
                if (nativeMemory != null) {
                    nativeMemory.offer(name, pid, kb);
                }
            }
        });
    }

    /** Each process's RSS now, in MB. */
    Map<String, String> current() {
        return figures("VmRSS:");
    }

    /** The highest RSS this sampler saw per process, in MB. */
    Map<String, String> peaks() {
        Map<String, String> out = new LinkedHashMap<>();
        pids.keySet().stream().sorted().forEach(name -> out.put(name, mb(peakKb.getOrDefault(name, 0L))));
        return out;
    }

    /** The kernel's own peak RSS per process (VmHWM), which also covers the start, in MB. */
    Map<String, String> highWaterMarks() {
        return figures("VmHWM:");
    }

    /** Where each process's memory was near its peak (NMT summary), or nothing when NMT is off. */
    java.util.List<String> nativeMemory() {
        return nativeMemory == null ? java.util.List.of() : nativeMemory.lines();
    }

    private Map<String, String> figures(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        pids.keySet().stream().sorted().forEach(name -> out.put(name, mb(field(pids.get(name), field))));
        return out;
    }

    static String mb(long kb) {
        return String.format("%.0f MB", kb / 1024.0);
    }

    /** A figure of /proc/&lt;pid&gt;/status in kB, or -1 when the process is gone. */
    static long field(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process is gone: no figure.
        }
        return -1;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        if (nativeMemory != null) {
            nativeMemory.close();
        }
    }
}
