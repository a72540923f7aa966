package dev.marketingops.stack;

import dev.marketingops.infra.StackInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Starts a fresh stack for a test JVM (the system suite, the console's browser tests) and stops it at the JVM's exit. */
public final class StackForTests {

    private StackForTests() {
    }

    /**
     * Clears {@code home} (the last run's state and logs stay until the next run, for debugging), starts the stack
     * from the builds under {@code repository} with the given service environment, and returns it ready.
     */
    public static LocalStack startFresh(Path repository, Path home, Map<String, String> settings) {
        return startFresh(repository, home, settings, Set.of());
    }

    /** As above, without the named services. */
    public static LocalStack startFresh(Path repository, Path home, Map<String, String> settings, Set<String> without) {
        clear(home);
        LocalStack started = new LocalStack(StackOptions.forTests(repository, home, settings, without));
        // At the JVM's exit the stack is thrown away: its services are killed, not drained (LocalStack.discard).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> record(started.discard()), "test-stack-stop"));
        try {
            return started.start();
        } catch (Exception e) {
            started.discard();
            throw new IllegalStateException("The stack did not start", e);
        }
    }

    /**
     * Stops what a test JVM killed on {@code home} left running (its service JVMs, its database and broker), which its
     * shutdown hook would have stopped: they would go on polling, and the broker would hold its ports.
     */
    public static void stopLeftovers(Path home) {
        List<String> services = new ServicePids(home.resolve("pids")).stopLeftovers();
        if (!services.isEmpty()) {
            System.out.println("Stopped services a dead test JVM left running: " + String.join(", ", services));
        }
        StackInfrastructure.stopLeftoverServers(home.resolve("data/postgres"), home.resolve("data/kafka"), false);
    }

    /** Stops what a killed test JVM left running on {@code home} ({@link #stopLeftovers}), then deletes the home. */
    public static void clear(Path home) {
        stopLeftovers(home);
        delete(home);
    }

    /**
     * Appends how long the stop took to {@code <java.io.tmpdir>/test-stack-stop.log} (the module's target/ in this
     * build) as well as printing it, because surefire stops reading a test JVM's output once it has said goodbye.
     */
    private static void record(String took) {
        if (took.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "test-stack-stop.log"),
                    Instant.now() + " " + took + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Cannot record the stop time: " + e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear " + dir, e);
        }
    }
}
