package dev.marketingops.e2e.benchmarks;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many methods a JVM's JIT has compiled so far and the time its compiler threads spent, from its perf counters. */
record JitWork(long compiles, double compileSeconds) {

    private static final Pattern COUNTER = Pattern.compile("^(sun\\.ci\\.totalCompiles|java\\.ci\\.totalTime|"
            + "sun\\.os\\.hrt\\.frequency)=(\\d+)$", Pattern.MULTILINE);

    /** The JVM's counters now ({@code jcmd <pid> PerfCounter.print}). */
    static JitWork of(long pid) throws IOException, InterruptedException {
        long compiles = 0;
        long ticks = 0;
        long frequency = 1;
        Matcher m = COUNTER.matcher(HeapLog.jcmd(pid, "PerfCounter.print"));
        while (m.find()) {
            long value = Long.parseLong(m.group(2));
            switch (m.group(1)) {
                case "sun.ci.totalCompiles" -> compiles = value;
                case "java.ci.totalTime" -> ticks = value;
                default -> frequency = value;
            }
        }
        return new JitWork(compiles, (double) ticks / frequency);
    }

    /** What the JIT did between {@code before} and this. */
    JitWork since(JitWork before) {
        return new JitWork(compiles - before.compiles, compileSeconds - before.compileSeconds);
    }
}
