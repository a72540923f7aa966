package dev.marketingops.infra;

import java.time.Duration;
import java.util.Optional;

/** A process a JVM started and may have left running when it died, known by its pid and start time. */
public record LeftoverProcess(long pid, String startMillis) {

    private static final Duration EXIT_WAIT = Duration.ofSeconds(10);

    /** The process as it runs now. */
    public static LeftoverProcess of(ProcessHandle process) {
        return new LeftoverProcess(process.pid(), TestRun.startMillis(process));
    }

    /** Reads {@link #text()} back; empty for anything else. */
    public static Optional<LeftoverProcess> parse(String text) {
        String[] parts = text.trim().split(" ");
        return parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")
                ? Optional.of(new LeftoverProcess(Long.parseLong(parts[0]), parts[1])) : Optional.empty();
    }

    /** {@code <pid> <start millis>}. */
    public String text() {
        return pid + " " + startMillis;
    }

    /**
     * SIGKILL to it and its descendants if it still runs; answers whether it did. A pid whose process started at
     * another time was recycled and belongs to someone else: it is left alone.
     */
    public boolean stop() {
        boolean same = running();
        if (same) {
            Processes.killTree(pid, EXIT_WAIT);
        }
        return same;
    }

    /** Still running (not a zombie), and the same process: a recycled pid has another start time. */
    public boolean running() {
        return Processes.isRunning(pid) && ProcessHandle.of(pid).map(TestRun::startMillis).orElse("").equals(startMillis);
    }
}
