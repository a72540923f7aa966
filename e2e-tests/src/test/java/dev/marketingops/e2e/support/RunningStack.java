package dev.marketingops.e2e.support;

import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The real stack, started once per test JVM: PostgreSQL, Kafka and the four services as separate processes. */
public final class RunningStack {

    /** Faster KPI snapshots and threshold checks than production, so flows finish in seconds. */
    private static final Map<String, String> SETTINGS = Map.of(
            "MARKETINGOPS_KPI_SNAPSHOT_INTERVAL", "2s",
            "MARKETINGOPS_KPI_THRESHOLD_INTERVAL", "1s");

    private static LocalStack stack;

    private RunningStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            // Where the services' builds are: the checkout, or a copy given with -Dmarketingops.e2e.repository.
            Path repository = Path.of(System.getProperty("marketingops.e2e.repository",
                    System.getProperty("maven.multiModuleProjectDirectory", ".."))).toAbsolutePath().normalize();
            // Each run starts fresh; the last run's state and service logs stay until then, for debugging.
            Path home = StateDirectory.root().resolve("e2e");
            delete(home);
            LocalStack started = new LocalStack(StackOptions.forTests(repository, home, SETTINGS));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "e2e-stack-stop"));
            try {
                stack = started.start();
            } catch (Exception e) {
                started.stop();
                throw new IllegalStateException("The stack did not start", e);
            }
        }
        return stack;
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
