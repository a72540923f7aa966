package dev.marketingops.e2e.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time (user + system) a process, or a process and its children, has used so far, from /proc. */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** CPU seconds of one process. */
    static double of(long pid) {
        String[] fields = stat(pid);
        return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** CPU seconds of a process and its live children (a postmaster and its backends). */
    static double withChildren(long pid) {
        if (pid < 0) {
            return 0;
        }
        double total = of(pid);
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    String[] fields = stat(Long.parseLong(name));
                    if (fields != null && Long.parseLong(fields[1]) == pid) {
                        total += of(Long.parseLong(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        return total;
    }

    /** The parent's pid of a process, or -1 when it is not in this machine's /proc (a container's PostgreSQL). */
    static long parent(long pid) {
        String[] fields = stat(pid);
        return fields == null ? -1 : Long.parseLong(fields[1]);
    }

    /** /proc/pid/stat after the command name (which may hold spaces): state, ppid, ..., utime at [11], stime at [12]. */
    private static String[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}
