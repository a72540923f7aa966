package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Process and port helpers shared by the PostgreSQL and Kafka launchers (Linux: they read /proc). */
final class Processes {

    private static final Duration POLL = Duration.ofMillis(50);

    private Processes() {
    }

    /**
     * Alive and not a zombie. A killed server whose parent is gone is re-parented to init, and some inits (containers,
     * sandboxes) never reap: ProcessHandle.isAlive() would then report it alive forever.
     */
    static boolean isRunning(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = readProcFile(Path.of("/proc", Long.toString(pid), "stat"));
                int afterName = stat.lastIndexOf(')');
                return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /** The command line of a running process, arguments separated by spaces; empty once it is gone. */
    static Optional<String> commandLine(long pid) {
        try {
            String raw = readProcFile(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Optional.of(raw.replace('\0', ' ').trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Running, and its command line contains every marker (guards against a recycled pid). */
    static boolean isRunning(long pid, String... markers) {
        if (!isRunning(pid)) {
            return false;
        }
        String commandLine = commandLine(pid).orElse("");
        for (String marker : markers) {
            if (!commandLine.contains(marker)) {
                return false;
            }
        }
        return true;
    }

    static boolean isChildOfThisJvm(long pid) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(p -> p.pid() == self).orElse(false);
    }

    /** SIGKILL a process and all its descendants, then wait until none of them runs. */
    static void killTree(long pid, Duration timeout) {
        List<ProcessHandle> victims = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(root -> {
            victims.add(root);
            root.descendants().forEach(victims::add);
        });
        victims.forEach(ProcessHandle::destroyForcibly);
        await(() -> victims.stream().noneMatch(p -> isRunning(p.pid())), timeout,
                () -> "processes of " + pid + " still running after SIGKILL");
    }

    /** Waits for a child that was asked to stop, so it does not linger as a zombie of this JVM. */
    static void reap(Process process, Duration timeout) {
        if (process == null) {
            return;
        }
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    static void await(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure.get());
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static OptionalLong readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() || lines.get(0).isBlank()
                    ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Streamed to the end: Files.readAllBytes trusts the size that procfs reports, and gets a truncated file. */
    static String readProcFile(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The last lines of a log, for exception messages. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
