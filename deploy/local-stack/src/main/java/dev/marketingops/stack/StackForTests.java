package dev.marketingops.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
        delete(home);
        LocalStack started = new LocalStack(StackOptions.forTests(repository, home, settings, without));
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-stack-stop"));
        try {
            return started.start();
        } catch (Exception e) {
            started.stop();
            throw new IllegalStateException("The stack did not start", e);
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
