package dev.marketingops.e2e.support;

import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.stack.StackForTests;
import dev.marketingops.stack.StackService;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The real stack, started once per test JVM: PostgreSQL, Kafka and the four services as separate processes. */
public final class RunningStack {

    /**
     * Faster KPI snapshots and threshold checks than production, so flows finish in seconds; and consumers that a
     * killed service leaves in its groups expire after 6 s (the broker's minimum) instead of Kafka's 45 s default: the
     * fault tests' restarted service (or surviving replica) gets the dead one's partitions only once it has expired.
     * Every kafka.* setting (here from KAFKA_* variables) reaches the services' SmallRye channels and metrics' stream.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "MARKETINGOPS_METRICS_KPIS_SNAPSHOT_INTERVAL", "2s",
            "MARKETINGOPS_METRICS_TARGETS_THRESHOLD_INTERVAL", "1s",
            "KAFKA_SESSION_TIMEOUT_MS", "6000",
            "KAFKA_HEARTBEAT_INTERVAL_MS", "1000");

    private static LocalStack stack;
    /** Services a benchmark started the stack without; started once no benchmark holds the partial stack. */
    private static Set<String> without = Set.of();
    private static boolean partialHeld;

    private RunningStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            stack = startFresh();
        } else if (!without.isEmpty() && !partialHeld) {
            // A benchmark ran on a partial stack earlier in this JVM; this test needs every service.
            for (String missing : without) {
                try {
                    stack.startService(missing);
                } catch (java.io.IOException | InterruptedException e) {
                    throw new IllegalStateException("Could not start " + missing, e);
                }
            }
            without = Set.of();
        }
        return stack;
    }

    /**
     * For a benchmark that reads from some services only: if this JVM has no stack yet, it starts with just these
     * (sparing the shared CPU the others' start) until {@link #releasePartial()}; a running stack is used as it is.
     */
    public static synchronized LocalStack getWith(Set<String> services) {
        if (stack == null) {
            without = StackService.ALL.stream().map(StackService::name).filter(name -> !services.contains(name))
                    .collect(Collectors.toUnmodifiableSet());
            partialHeld = true;
            stack = startFresh();
        }
        return stack;
    }

    /** The benchmark is done with the partial stack: the next {@link #get()} starts the services it left out. */
    public static synchronized void releasePartial() {
        partialHeld = false;
    }

    private static LocalStack startFresh() {
        // Where the services' builds are: the checkout, or a copy given with -Dmarketingops.e2e.repository.
        Path repository = Path.of(System.getProperty("marketingops.e2e.repository",
                System.getProperty("maven.multiModuleProjectDirectory", ".."))).toAbsolutePath().normalize();
        return StackForTests.startFresh(repository, StateDirectory.root().resolve("e2e"), SETTINGS, without);
    }

    /** A marketing tool publishing to the stack's broker. */
    public static MarketingTool tool() {
        return new MarketingTool(get().kafka().bootstrapServers(), URI.create("/tools/e2e-ad-platform"));
    }
}
