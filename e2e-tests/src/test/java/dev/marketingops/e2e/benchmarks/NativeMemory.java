package dev.marketingops.e2e.benchmarks;

import static dev.marketingops.e2e.benchmarks.ResidentMemory.mb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each service JVM's native memory tracking summary (jcmd VM.native_memory) taken near its highest RSS, when the
 * services run with -XX:NativeMemoryTracking (passed through -Dmarketingops.service-jvm-options).
 */
final class NativeMemory implements AutoCloseable {

    /** A new summary only when RSS grew this much past the last one, and not more often than every few seconds. */
    private static final long STEP_KB = 4 * 1024;
    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final Pattern CATEGORY = Pattern.compile(
            "(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total: reserved=\\d+KB, committed=(\\d+)KB");

    /** One summary: the RSS when it was taken and the committed kB per NMT category. */
    record Summary(long rssKb, long anonKb, long fileKb, long committedKb, Map<String, Long> categoriesKb) {
    }

    private final Map<String, Summary> highest = new ConcurrentHashMap<>();
    private final Map<String, Long> lastTaken = new ConcurrentHashMap<>();
    private final ExecutorService jcmd = Executors.newSingleThreadExecutor();
    private final AtomicBoolean busy = new AtomicBoolean();

    static boolean tracking() {
        return System.getProperty("marketingops.service-jvm-options", "").contains("NativeMemoryTracking");
    }

    /** Called by the RSS sampler with a process's current RSS; takes a summary in the background if it is a new high. */
    void offer(String name, long pid, long rssKb) {
        Summary best = highest.get(name);
        long now = System.nanoTime();
        Long last = lastTaken.get(name);
        if ((best != null && rssKb < best.rssKb() + STEP_KB) || (last != null && now - last < EVERY_NANOS)
                || !busy.compareAndSet(false, true)) {
            return;
        }
        lastTaken.put(name, now);
        jcmd.execute(() -> {
            try {
                Summary summary = take(pid);
                if (summary != null) {
                    highest.merge(name, summary, (a, b) -> a.rssKb() >= b.rssKb() ? a : b);
                }
            } finally {
                busy.set(false);
            }
        });
    }

    /** One line per service: RSS, what NMT counts (largest categories first), and the anonymous RSS NMT does not see. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        highest.keySet().stream().sorted().forEach(name -> out.add(name + ": " + format(highest.get(name))));
        return out;
    }

    static String format(Summary s) {
        StringBuilder categories = new StringBuilder();
        s.categoriesKb().entrySet().stream().filter(e -> e.getValue() >= 1024)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> categories.append(categories.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(mb(e.getValue())));
        return String.format("RSS %s (anon %s, file %s); NMT committed %s: %s; anon RSS minus NMT committed %s"
                + " (malloc NMT does not see, e.g. native libraries; negative when committed memory is untouched)",
                mb(s.rssKb()), mb(s.anonKb()), mb(s.fileKb()), mb(s.committedKb()), categories,
                mb(s.anonKb() - s.committedKb()));
    }

    private static Summary take(long pid) {
        try {
            long rss = ResidentMemory.field(pid, "VmRSS:");
            String out = HeapLog.jcmd(pid, "VM.native_memory", "summary");
            Matcher total = TOTAL.matcher(out);
            if (!total.find()) {
                return null;
            }
            Map<String, Long> categories = new LinkedHashMap<>();
            Matcher m = CATEGORY.matcher(out);
            while (m.find()) {
                categories.put(m.group(1), Long.parseLong(m.group(2)));
            }
            return new Summary(rss, ResidentMemory.field(pid, "RssAnon:"), ResidentMemory.field(pid, "RssFile:"),
                    Long.parseLong(total.group(1)), categories);
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        jcmd.shutdownNow();
    }
}
