package dev.marketingops.metrics.benchmark;

import dev.marketingops.infra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The ingest benchmark's profile: what production runs that the test suite turns off for speed. The threshold and
 * snapshot jobs at their production cadence (5 s, 1 min after 30 s), and PostgreSQL with fsync on (the other
 * durability settings are PostgreSQL's defaults, as in production: synchronous_commit and full_page_writes on).
 */
public class ProductionSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("marketingops.metrics.targets.threshold-interval", "5s",
                "marketingops.metrics.kpis.snapshot-interval", "1m",
                "marketingops.metrics.kpis.snapshot-delay", "30s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DurablePostgres.class));
    }

    /**
     * Asks for fsync on before the shared PostgreSQL starts (lowest order, so it runs before {@link
     * PostgresTestResource}); the benchmark checks with {@code SHOW fsync} that it got it.
     */
    public static class DurablePostgres implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            System.setProperty(PostgresTestResource.FSYNC_PROPERTY, "on");
            return Map.of();
        }

        @Override
        public void stop() {
            // The server lives until the end of the test JVM; nothing to undo.
        }

        @Override
        public int order() {
            return Integer.MIN_VALUE;
        }
    }
}
