package dev.marketingops.infra;

import java.util.Locale;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Quarkus test resource: this JVM's PostgreSQL (started once, shared) and a fresh database per application. */
// Embedded by default; a Testcontainers container with -Dinfra=testcontainers.
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg: prefix of the database names, e.g. {@code roadmap} gives roadmap_1, roadmap_2... Default: app. */
    public static final String DATABASE_PREFIX = "database";

    /**
     * System property: {@code on} starts this JVM's PostgreSQL with fsync on, as in production (the ingest benchmark
     * sets it); off by default, since test data is thrown away and fsync would slow the suite.
     */
    public static final String FSYNC_PROPERTY = "marketingops.test.postgres.fsync";

    private static final String PORT_PROPERTY = "marketingops.test.postgres.port";
    private static PostgresInstance server;

    private String prefix = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault(DATABASE_PREFIX, prefix).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    @Override
    public Map<String, String> start() {
        String database;
        synchronized (TestRun.LOCK) {
            PostgresInstance postgres = server();
            if (!postgres.isRunning()) {
                postgres.restart(); // a previous test class killed it
            }
            int n = 1;
            while (!postgres.createDatabaseIfMissing(prefix + "_" + n)) {
                n++;
            }
            database = prefix + "_" + n;
        }
        PostgresInstance postgres = server();
        // No quarkus.datasource.devservices.enabled here: Dev Services are decided when Quarkus builds the
        // application, before test resources start; the service sets quarkus.devservices.enabled=false itself.
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // The server outlives each application; the end of the test run stops it and wipes its data.
    }

    /** This JVM's PostgreSQL, started on first call; tests may kill() and restart() it. */
    public static PostgresInstance server() {
        synchronized (TestRun.LOCK) {
            if (server == null) {
                // The port is kept JVM-wide: another class loader's copy of this class restarts on the same one.
                int port = TestRun.intProperty(PORT_PROPERTY).orElse(0);
                server = InfraPath.current() == InfraPath.TESTCONTAINERS
                        ? ContainerPostgres.forThisJvm(port, fsync())
                        : new PostgresServer(fsync()).start(TestRun.dir().resolve("postgres").resolve("data"), port);
                System.setProperty(PORT_PROPERTY, Integer.toString(server.port()));
            }
            return server;
        }
    }

    private static boolean fsync() {
        return "on".equalsIgnoreCase(System.getProperty(FSYNC_PROPERTY, "off"));
    }
}
