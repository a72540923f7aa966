package dev.marketingops.console.support;

import dev.marketingops.infra.JwtKeys;
import dev.marketingops.infra.StateDirectory;
import dev.marketingops.infra.Tokens;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.stack.StackForTests;
import dev.marketingops.stack.StackService;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The real system for the console's tests: PostgreSQL, Kafka and the four services as separate processes, started
 * once per test JVM as the end-to-end suite starts them; the console itself runs in the test JVM and is pointed at them.
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

    /**
     * Where the running stack is, in system properties: a test profile (ServiceDownTest) restarts the console in a new
     * class loader, whose own copy of this class finds the stack there instead of starting a second one (30 s), which
     * also stopped the first as a dead JVM's leftover. A string literal is interned: the same lock in every loader.
     */
    private static final String LOCK = "dev.marketingops.console.support.ConsoleStack.LOCK";
    private static final String PROPERTY = "marketingops.console-stack.";
    private static final String KAFKA = "kafka";

    /** The stack's home: tokens in {@code tokens/<role>.jwt}, service logs in {@code logs/}. */
    private static Path home() {
        return StateDirectory.root().resolve("console-e2e");
    }

    /** Starts the stack if no class loader of this JVM has, and answers the address of {@code what} in it. */
    private static String address(String what) {
        synchronized (LOCK) {
            if (System.getProperty(PROPERTY + KAFKA) == null) {
                // On a fresh machine the browser installs meanwhile: apt-get waits on the network, the start on the CPU.
                Chromium.installInBackground();
                Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath().normalize();
                // Its shutdown hook (StackForTests) stops it at the JVM's exit, whichever class loader started it.
                LocalStack stack = StackForTests.startFresh(repository, home(), SETTINGS);
                for (StackService service : StackService.ALL) {
                    System.setProperty(PROPERTY + service.name(), stack.url(service.name()));
                }
                System.setProperty(PROPERTY + KAFKA, stack.kafka().bootstrapServers());
            }
            return System.getProperty(PROPERTY + what);
        }
    }

    /** The base URL of a service of the stack, e.g. {@code roadmap-service}. */
    public static String url(String service) {
        String url = address(service);
        if (url == null) {
            throw new IllegalArgumentException("No service " + service);
        }
        return url;
    }

    /** The stack's Kafka bootstrap servers. */
    public static String bootstrapServers() {
        return address(KAFKA);
    }

    /** A marketing tool publishing activity to the stack's broker. */
    public static MarketingTool tool() {
        return new MarketingTool(bootstrapServers(), URI.create("/tools/console-test-ad-platform"));
    }

    /** The stack's signed token for a role (the file the sign-in page offers). */
    public static String token(String role) {
        bootstrapServers();
        try {
            return Files.readString(home().resolve("tokens").resolve(role + ".jwt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("No token for role " + role, e);
        }
    }

    /** A token for the role signed with the stack's key, valid for {@code lifetime} (negative: already expired). */
    public static String token(String role, Duration lifetime) {
        bootstrapServers();
        return new Tokens(JwtKeys.loadOrGenerate(home().resolve("keys")))
                .mint(role + "@marketing-ops.local", "growth", lifetime, Set.of(role));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.rest-client.roadmap.url", url("roadmap-service"));
        config.put("quarkus.rest-client.campaign.url", url("campaign-service"));
        config.put("quarkus.rest-client.metrics.url", url("metrics-service"));
        config.put("quarkus.rest-client.feedback.url", url("feedback-service"));
        config.put("kafka.bootstrap.servers", bootstrapServers());
        config.put("console.stack-tokens.dir", home().resolve("tokens").toString());
        return config;
    }

    @Override
    public void stop() {
        // The stack stays up for the JVM's other test classes, in this application and in later ones (test profiles);
        // the shutdown hook stops it.
    }

}
