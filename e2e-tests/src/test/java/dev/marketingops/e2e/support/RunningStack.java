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

    /** Faster KPI snapshots and threshold checks than production, so flows finish in seconds. */
    private static final Map<String, String> SETTINGS = Map.of(
            "MARKETINGOPS_METRICS_KPIS_SNAPSHOT_INTERVAL", "2s",
            "MARKETINGOPS_METRICS_TARGETS_THRESHOLD_INTERVAL", "1s");

    private static LocalStack stack;
    private static Set<String> without = Set.of();

    private RunningStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            // Where the services' builds are: the checkout, or a copy given with -Dmarketingops.e2e.repository.
            Path repository = Path.of(System.getProperty("marketingops.e2e.repository",
                    System.getProperty("maven.multiModuleProjectDirectory", ".."))).toAbsolutePath().normalize();
            stack = StackForTests.startFresh(repository, StateDirectory.root().resolve("e2e"), SETTINGS, without);
        }
        return stack;
    }

    /**
     * Starts the stack (if this JVM has none yet) with only the named services: a benchmark that reads from two of
     * them spares the shared CPU the others' start. A stack already running keeps all of its services.
     */
    public static synchronized LocalStack getWith(Set<String> services) {
        if (stack == null) {
            without = StackService.ALL.stream().map(StackService::name).filter(name -> !services.contains(name))
                    .collect(Collectors.toUnmodifiableSet());
        }
        return get();
    }

    /** A marketing tool publishing to the stack's broker. */
    public static MarketingTool tool() {
        return new MarketingTool(get().kafka().bootstrapServers(), URI.create("/tools/e2e-ad-platform"));
    }
}
