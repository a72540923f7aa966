package dev.marketingops.metrics.benchmark;

import dev.marketingops.infra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The ingest benchmark's profile: the KPI jobs at production cadence and PostgreSQL with fsync on, as in production. */
// synchronous_commit and full_page_writes are PostgreSQL's defaults (on) in tests and production alike.
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

    /** Asks for fsync on before this JVM's PostgreSQL starts (lowest order: before {@link PostgresTestResource}). */
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
