package dev.marketingops.infra;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts this JVM's PostgreSQL and Kafka for the Quarkus test resources as the test run opens, so they start while
 * JUnit discovers the tests and Quarkus builds the application (about 15 s of one core) instead of after it.
 */
public final class EarlyInfrastructure implements LauncherSessionListener {

    /** On in the modules whose Quarkus tests share {@link PostgresTestResource} and {@link KafkaTestResource}. */
    public static final String PROPERTY = "marketingops.test.infra.early";
    /**
     * Set by the benchmarks profile: a benchmark's test profile may choose the database's settings before it starts
     * (metrics' ingest benchmark turns fsync on), which an early start would pre-empt.
     */
    public static final String BENCHMARKS = "marketingops.test.benchmarks";
    /**
     * Surefire's tag expressions, which reach the test JVM as given on the command line. The benchmarks profile is
     * active only for exactly {@code -Dgroups=benchmark}; {@code benchmark,x} or {@code benchmark | x} select the
     * benchmarks too, so this is read as well.
     */
    public static final String GROUPS = "groups";

    private static final System.Logger LOG = System.getLogger(EarlyInfrastructure.class.getName());

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean(PROPERTY) || stepsAside(System.getProperty(GROUPS), Boolean.getBoolean(BENCHMARKS))) {
            return;
        }
        Thread start = new Thread(EarlyInfrastructure::start, "early-test-infrastructure");
        start.setDaemon(true);
        start.start();
    }

    /** Whether the early start is left to the test resources: benchmarks may run ({@code groups}) or are on. */
    static boolean stepsAside(String groups, boolean benchmarks) {
        return benchmarks || BenchmarkTag.selectedBy(groups);
    }

    private static void start() {
        try {
            // Each takes TestRun.LOCK, which every class loader's copy of the test resources shares: theirs wait for
            // this start and adopt the running servers.
            PostgresTestResource.server();
            KafkaTestResource.broker();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Early start of the test infrastructure failed; the test resources start it", e);
        }
    }
}
