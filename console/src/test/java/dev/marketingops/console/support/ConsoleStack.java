package dev.marketingops.console.support;

import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.stack.StackForTests;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real system for the console's tests: PostgreSQL, Kafka and the four services as separate processes, started
 * as the end-to-end suite starts them; the console itself runs in the test JVM and is pointed at them.
 */
public class ConsoleStack implements QuarkusTestResourceLifecycleManager {

    /**
     * KPI snapshot rounds every second from a second after start (a round reads only the scopes whose rollups changed),
     * so a page sees new activity within the live-update budget however many campaigns are active, and fast threshold
     * rounds for the objective and budget pages; a patient connection pool, so
     * four services starting at once on two busy cores still get their first database connection.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "MARKETINGOPS_METRICS_KPIS_SNAPSHOT_INTERVAL", "500ms",
            // The first round right after start, not 30 s later: a page opened early still goes live within a second.
            "MARKETINGOPS_METRICS_KPIS_SNAPSHOT_DELAY", "1s",
            "MARKETINGOPS_METRICS_TARGETS_THRESHOLD_INTERVAL", "1s",
            "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60s");

    private static LocalStack stack;
    private static Path home;

    public static synchronized LocalStack get() {
        if (stack == null) {
            Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath().normalize();
            home = StateDirectory.root().resolve("console-e2e");
            stack = StackForTests.startFresh(repository, home, SETTINGS);
        }
        return stack;
    }

    /** A marketing tool publishing activity to the stack's broker. */
    public static MarketingTool tool() {
        return new MarketingTool(get().kafka().bootstrapServers(), URI.create("/tools/console-test-ad-platform"));
    }

    public static String token(String role) {
        return get().token(role);
    }

    @Override
    public Map<String, String> start() {
        LocalStack running = get();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.rest-client.roadmap.url", running.url("roadmap-service"));
        config.put("quarkus.rest-client.campaign.url", running.url("campaign-service"));
        config.put("quarkus.rest-client.metrics.url", running.url("metrics-service"));
        config.put("quarkus.rest-client.feedback.url", running.url("feedback-service"));
        config.put("kafka.bootstrap.servers", running.kafka().bootstrapServers());
        config.put("console.stack-tokens.dir", home.resolve("tokens").toString());
        return config;
    }

    @Override
    public void stop() {
        // The stack stays up for the JVM's other test classes; the shutdown hook stops it.
    }

}
