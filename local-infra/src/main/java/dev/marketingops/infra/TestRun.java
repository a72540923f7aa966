package dev.marketingops.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The state directory of this JVM's test run: shared by every test resource, wiped when the JVM exits. */
final class TestRun {

    /**
     * The monitor for everything "one per JVM". A string literal is interned, so it is the same object in every class
     * loader that loads this class: Quarkus may load the test resources once per application it starts.
     */
    static final String LOCK = "dev.marketingops.infra.TestRun.LOCK";

    // System properties are JVM-wide too: the run directory, and ports that must survive a class loader change.
    private static final String DIR_PROPERTY = "marketingops.test.run.dir";

    private static final System.Logger LOG = System.getLogger(TestRun.class.getName());

    private TestRun() {
    }

    /** {@code <state dir>/test/<pid>-<JVM start>}, created on first call. */
    static Path dir() {
        synchronized (LOCK) {
            String existing = System.getProperty(DIR_PROPERTY);
            if (existing != null) {
                return Path.of(existing);
            }
            Path runs = StateDirectory.resolve("test");
            removeStaleRuns(runs);
            ProcessHandle self = ProcessHandle.current();
            Path dir = StateDirectory.createDirectories(runs.resolve(self.pid() + "-" + startMillis(self)));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> wipe(dir), "test-state-cleanup"));
            System.setProperty(DIR_PROPERTY, dir.toString());
            return dir;
        }
    }

    static Optional<Integer> intProperty(String name) {
        return Optional.ofNullable(Integer.getInteger(name));
    }

    /** Runs whose JVM is gone (killed, crashed, stopped in a debugger): their servers may still run. */
    static void removeStaleRuns(Path runs) {
        List<Path> candidates;
        try (var entries = Files.list(runs)) {
            candidates = entries.filter(Files::isDirectory).collect(Collectors.toList());
        } catch (IOException e) {
            return;
        }
        for (Path candidate : candidates) {
            if (!isLive(candidate.getFileName().toString())) {
                LOG.log(System.Logger.Level.INFO, "Removing the state of a dead test run: {0}", candidate);
                wipe(candidate);
            }
        }
    }

    /** False only for a run name {@code <pid>-<start>} whose JVM is gone; other names are not runs, kept. */
    static boolean isLive(String runName) {
        String[] parts = runName.split("-", 2);
        // The start time tells the JVM that wrote the directory from a later process that got the same pid.
        return parts.length != 2 || !parts[0].matches("\\d+")
                || new LeftoverProcess(Long.parseLong(parts[0]), parts[1]).running();
    }

    static String startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).map(String::valueOf).orElse("0");
    }

    /** SIGKILL is enough: the data goes away with the directory. */
    private static void wipe(Path dir) {
        try {
            StackInfrastructure.stopLeftoverServers(dir.resolve("postgres").resolve("data"), dir.resolve("kafka"), false);
            Processes.deleteRecursively(dir);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove " + dir + "; the next test run retries", e);
        }
    }
}
