package dev.marketingops.e2e.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A JVM's CPU seconds so far split by thread kind (request, JIT compiler, VM/GC, the rest), from /proc/pid/task. */
record ThreadCpu(double request, double jit, double vm, double other) {

    private static final double TICKS_PER_SECOND = 100.0;

    /**
     * Every thread of the process now. Names are the kernel's 15-character comm: Quarkus' worker threads
     * ("executor-thread") and Vert.x event loops serve requests; "C1/C2 CompilerThre" compile; Serial GC collects in the
     * "VM Thread". A thread that ended since the last reading takes its ticks with it, so compare kinds, not totals.
     */
    static ThreadCpu of(long pid) {
        double request = 0;
        double jit = 0;
        double vm = 0;
        double other = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String line;
                try {
                    line = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                if (name.startsWith("executor-thread") || name.startsWith("vert.x-eventloo")) {
                    request += seconds;
                } else if (name.contains("CompilerThre")) {
                    jit += seconds;
                } else if (name.equals("VM Thread") || name.startsWith("GC ")) {
                    vm += seconds;
                } else {
                    other += seconds;
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(0, 0, 0, 0);
        }
        return new ThreadCpu(request, jit, vm, other);
    }

    /** The CPU each kind used between {@code before} and this. */
    ThreadCpu since(ThreadCpu before) {
        return new ThreadCpu(request - before.request, jit - before.jit, vm - before.vm, other - before.other);
    }

    /** µs per request of each kind, for {@code answered} requests. */
    String perRequest(long answered) {
        double scale = 1e6 / Math.max(1, answered);
        return String.format("request threads %.0f, JIT %.0f, VM/GC %.0f, other %.0f µs", request * scale, jit * scale,
                vm * scale, other * scale);
    }
}
