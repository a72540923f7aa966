package dev.marketingops.metrics.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time of the test's PostgreSQL server: the postmaster, its live backends and the children it has reaped. */
final class PostgresCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long postmaster;

    /** @param backendPid any backend of the server (select pg_backend_pid()) */
    PostgresCpu(long backendPid) {
        this.postmaster = Long.parseLong(stat(backendPid)[3]);
    }

    /** Seconds of CPU the server has used so far. */
    double seconds() {
        String[] own = stat(postmaster);
        long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15]) + Long.parseLong(own[16]);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            ticks += procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        try {
                            String[] s = stat(Long.parseLong(p.getFileName().toString()));
                            return Long.parseLong(s[3]) == postmaster ? Long.parseLong(s[13]) + Long.parseLong(s[14]) : 0;
                        } catch (RuntimeException e) {
                            return 0; // exited while listing
                        }
                    }).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The fields of /proc/pid/stat after the command name (which may hold spaces), numbered as in proc(5) from 1. */
    private static String[] stat(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String rest = text.substring(text.lastIndexOf(')') + 2);
            String[] after = rest.split(" ");
            String[] fields = new String[after.length + 2];
            fields[0] = Long.toString(pid);
            fields[1] = "comm";
            System.arraycopy(after, 0, fields, 2, after.length);
            return fields;
        } catch (IOException e) {
            throw new IllegalStateException("No process " + pid, e);
        }
    }
}
