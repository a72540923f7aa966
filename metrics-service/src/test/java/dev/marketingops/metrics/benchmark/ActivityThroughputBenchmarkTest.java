package dev.marketingops.metrics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.infra.CpuYardstick;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.activity.app.ActivityIntake;
import dev.marketingops.metrics.activity.app.ActivitySettings;
import dev.marketingops.metrics.activity.app.MarketingActivityConsumer;
import dev.marketingops.metrics.activity.domain.ActivityFastReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ingest benchmark under production settings (issue #13), not a timed test (excluded from the normal build):
 * PostgreSQL with fsync on and the threshold and snapshot jobs at production cadence ({@link ProductionSettings}); all
 * campaigns known through campaign.lifecycle, each with an analyst target ({@link CampaignCatalog}); N records of which
 * 5 % re-send an earlier event's id, half keyed, half unkeyed ({@link ActivityGenerator}). Per run it measures Kafka's
 * own consumer right before and right after the service counting the N records from scratch, checks the rollups in
 * PostgreSQL against the generator's distinct totals ({@link StoredRollups}), and prints where the time went per stage;
 * then a paced phase with "KPI visible" measured through the REST API ({@link KpiVisibilityProbe}), checked again.
 * {@code ./mvnw -B -o -pl metrics-service -am test -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dmetrics.test.heap=512m
 * -Dtest=ActivityThroughputBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.events=2000000}
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
@Tag("benchmark")
class ActivityThroughputBenchmarkTest {

    /** Records published in the bulk phase, re-sends included. */
    private static final int EVENTS = Integer.getInteger("benchmark.events", 2_000_000);
    private static final int CAMPAIGNS = Integer.getInteger("benchmark.campaigns", 10_000);
    /** Paced-phase rate, records/s, and its length. */
    private static final int PACED_RATE = Integer.getInteger("benchmark.paced-rate", 20_000);
    private static final int PACED_SECONDS = Integer.getInteger("benchmark.paced-seconds", 15);
    /** Campaigns of their own that the REST probe writes to (one probe thread each). */
    private static final int PROBES = Integer.getInteger("benchmark.probes", 4);
    /** Event times are spread over this many hours (live traffic plus late arrivals). */
    private static final int HOURS = Integer.getInteger("benchmark.hours", 2);
    private static final List<ActivityFastReader> READERS = Arrays.stream(
                    System.getProperty("benchmark.readers", "hand-written").split(","))
            .map(r -> ActivityFastReader.valueOf(r.trim().toUpperCase().replace('-', '_'))).toList();
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1);
    /** Share of counted events carrying a customer reference (each becomes a touchpoint): 0.1 by default, 0.5 in #14. */
    private static final double CUSTOMER_SHARE = Double.parseDouble(System.getProperty("benchmark.customer-share", "0.1"));
    /** When in the bulk phase the class histogram of the live heap is taken: this share of the distinct events counted. */
    private static final double CENSUS_AT = Double.parseDouble(System.getProperty("benchmark.census-at", "0.6"));
    /** Issue #13's goals: events/s sustained, and the ratio to Kafka's own consumer. */
    private static final double GOAL_RATE = 100_000;
    private static final double GOAL_RATIO = 0.25;

    @Inject
    MarketingActivityConsumer stream;

    @Inject
    ActivityIntake intake;

    @Inject
    ActivitySettings settings;

    @Inject
    BatchLog log;

    @Inject
    StageTimes stages;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "marketingops.metrics.targets.threshold-interval")
    String thresholdInterval;

    @ConfigProperty(name = "marketingops.metrics.kpis.snapshot-interval")
    String snapshotInterval;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        stream.stop();
        StoredRollups stored = new StoredRollups(dataSource);
        String durability = stored.durability();
        print("metrics-service activity benchmark (%s), load average %s", Instant.now(), LoadAverage.now());
        print("PostgreSQL: %s", durability);
        assertThat(durability).as("the benchmark runs PostgreSQL durable, as in production").contains("fsync=on");
        print("threshold job every %s, snapshot job every %s (production cadence)", thresholdInterval, snapshotInterval);
        print("JVM: %s; max-batch-records %,d, dedup-max-ids %,d", HeapWatch.describeJvm(), settings.maxBatchRecords(),
                settings.dedupMaxIds());

        List<UUID> campaigns = IntStream.range(0, CAMPAIGNS).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> probes = IntStream.range(0, PROBES).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> known = new ArrayList<>(campaigns);
        known.addAll(probes);
        String catalogTimes = new CampaignCatalog(dataSource).announce(known);
        print("campaigns: %,d known to metrics through campaign.lifecycle (ACTIVE, 5,000 EUR budget) with an analyst "
                + "conversions target each (PUT /api/v1/targets): %s (load average %s)", known.size(),
                catalogTimes, LoadAverage.now());

        HeapWatch heap = new HeapWatch("whole run after the set-up (generator and producer included)");
        ActivityGenerator generator = new ActivityGenerator(campaigns.stream().map(UUID::toString).toList(),
                CUSTOMER_SHARE, HOURS);
        try (ActivityLoad load = new ActivityLoad(KafkaTestResource.broker().bootstrapServers())) {
            Map<TopicPartition, Long> start = load.endOffsets();
            long t0 = System.nanoTime();
            long bytes = load.produce(generator, EVENTS, 0);
            ActivityTotals bulk = generator.distinct();
            print("records: %,d (avg %d bytes value; %,d re-sent with the same id: %,d keyed as before, %,d unkeyed), "
                            + "distinct events: %,d; campaigns %,d, event times over %d h, partitions %d, max.poll.records %d",
                    EVENTS, bytes / EVENTS, generator.resentKeyed() + generator.resentUnkeyed(), generator.resentKeyed(),
                    generator.resentUnkeyed(), bulk.activities(), CAMPAIGNS, HOURS, start.size(), settings.maxPollRecords());
            print("load into broker (producer, acks=all): %,.0f records/s", EVENTS / ((System.nanoTime() - t0) / 1e9));

            for (int round = 1; round <= ROUNDS; round++) {
                List<ActivityFastReader> order = new ArrayList<>(READERS);
                if (round % 2 == 0) {
                    Collections.reverse(order);
                }
                for (ActivityFastReader reader : order) {
                    bulkRun(round, reader, start, load, stored, bulk);
                }
            }
            pacedRun(generator, load, stored, probes);
        }
        print("%s; peak RSS of the test JVM (service + load generator): %s; load average after: %s", heap.stop(),
                peakRss(), LoadAverage.now());
        print("(the heap goal is judged on (c) of the bulk phase, the service alone with its records produced before it "
                + "started; (c) also holds the test harness, which the packaged service does not: see the census)");
        String text = String.join("\n", report);
        System.out.println("\n" + text + "\n");
        Files.writeString(Path.of("target", "benchmark-results.txt"), text + "\n");
    }

    /** One run counting the bulk records from scratch, between two measures of the raw consumer. */
    private void bulkRun(int round, ActivityFastReader reader, Map<TopicPartition, Long> start, ActivityLoad load,
                         StoredRollups stored, ActivityTotals expected) throws Exception {
        stored.resetCounting(start);
        intake.useReader(reader);
        String yardstick = CpuYardstick.measure(); // its garbage goes in the census' full collection below
        RawConsumerRate rawBefore = RawConsumerRate.measure(EVENTS);
        log.reset(false);
        Map<String, double[]> stagesBefore = stages.snapshot();
        String loadBefore = LoadAverage.now();
        HeapWatch heap = new HeapWatch("bulk phase, the service alone");
        HeapCensus census = new HeapCensus(String.format("at %.0f %% of the bulk phase's events counted", CENSUS_AT * 100),
                () -> log.counted() >= CENSUS_AT * expected.activities());
        String idle = HeapCensus.take("before the bulk phase (service idle after the set-up, plus the test harness)");
        long idleLive = HeapCensus.used();
        PostgresCpu postgres = new PostgresCpu(backendPid());
        double pgCpu0 = postgres.seconds();
        long wal0 = stored.walBytes();
        Map<String, long[]> versions0 = stored.rowVersions();
        long jvmCpu0 = processCpuNanos();
        long s0 = System.currentTimeMillis();
        double serviceSeconds;
        String profiled;
        try (BulkProfile profile = BulkProfile.start("round" + round)) {
            System.out.printf("round %d: the service starts counting at %s%n", round, Instant.now()); // outside profilers
            stream.start();
            await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(250))
                    .until(() -> log.counted() > 0 && stored.caughtUp(load::endOffsets) || stopped());
            serviceSeconds = (log.lastCommit() - s0) / 1000.0;
            stream.stop();
            profiled = profile.where();
        }
        double jvmCpu = (processCpuNanos() - jvmCpu0) / 1e9;
        double pgCpu = postgres.seconds() - pgCpu0;
        long walBytes = stored.walBytes() - wal0;
        String heapFigures = heap.stop();
        String censusFigures = census.stop(idleLive);
        String loadAfter = LoadAverage.now();
        RawConsumerRate rawAfter = RawConsumerRate.measure(EVENTS);
        ActivityTotals inPostgres = stored.totals();
        double rate = EVENTS / serviceSeconds;
        print("round %d, reader %s:", round, reader.name().toLowerCase().replace('_', '-'));
        print("  raw consumer right before: %s", rawBefore);
        print("  %s, right before the service run (lower is a faster machine state)", yardstick);
        print("  service sustained ingest (start to last commit): %,.0f records/s (%,.0f distinct events/s counted), "
                        + "load average %s -> %s (goal %,.0f records/s: %s)", rate, log.counted() / serviceSeconds,
                loadBefore, loadAfter, GOAL_RATE, rate >= GOAL_RATE ? "met" : "NOT met on this machine");
        print("  CPU over the bulk phase (less sensitive to a loaded machine than the rate): service JVM %.1f s = %.2f µs/record, "
                + "PostgreSQL %.1f s = %.2f µs/record (the benchmark's broker not included)", jvmCpu, jvmCpu * 1e6 / EVENTS,
                pgCpu, pgCpu * 1e6 / EVENTS);
        print("  raw consumer right after: %s", rawAfter);
        print("  ratio service / raw consumer: %.3f against the rate before, %.3f against the rate after (goal >= %.2f)",
                rate / rawBefore.fetchPerSecond(), rate / rawAfter.fetchPerSecond(), GOAL_RATIO);
        print("  generator's distinct totals: %s", expected);
        print("  PostgreSQL's rollup totals:  %s -> %s", inPostgres, inPostgres.equals(expected) ? "exact" : "NOT EXACT");
        print("  touchpoints stored with the batches: %,d (customer-ref share %.2f of counted kinds)", stored.touchpoints(),
                CUSTOMER_SHARE);
        print("  WAL written over the bulk phase: %,.1f MB = %,.0f bytes/record (row versions: %s)",
                walBytes / 1e6, (double) walBytes / EVENTS,
                StoredRollups.describeVersions(versions0, stored.rowVersions()));
        Map<String, double[]> stagesAfter = stages.snapshot();
        print("  time per stage (ms/times, all threads): %s", StageTimes.describe(stagesBefore, stagesAfter));
        print("  %s", heapFigures);
        if (!profiled.isEmpty()) {
            print("  %s", profiled);
        }
        print("  %s", idle);
        print("  %s", censusFigures);
        if (rate < GOAL_RATE) {
            print("  below %,.0f records/s; where the time went (%,.0f ms wall):%n%s", GOAL_RATE, serviceSeconds * 1000,
                    StageTimes.breakdown(stagesBefore, stagesAfter, serviceSeconds * 1000, EVENTS));
        }
        assertThat(inPostgres).as("rollups in PostgreSQL against the generator's distinct events").isEqualTo(expected);
    }

    /** Paced load with the REST probe beside it; afterwards PostgreSQL must hold exactly everything distinct so far. */
    private void pacedRun(ActivityGenerator generator, ActivityLoad load, StoredRollups stored, List<UUID> probeCampaigns)
            throws Exception {
        log.reset(true);
        KpiVisibilityProbe probe = new KpiVisibilityProbe(probeCampaigns);
        String warmUp = probe.warmUp();
        HeapWatch heap = new HeapWatch("paced phase (service, in-process producer at the paced rate, REST probe)");
        long streamStarted = System.currentTimeMillis();
        stream.start();
        String loadBefore = LoadAverage.now();
        probe.start();
        load.produce(generator, PACED_RATE * PACED_SECONDS, PACED_RATE);
        probe.stop();
        String loadAfter = LoadAverage.now();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> stored.caughtUp(load::endOffsets) || stopped());
        ActivityTotals expected = generator.distinct().plus(probe.sent());
        ActivityTotals inPostgres = stored.totals();
        print("paced phase: %,d records at %,d records/s (5 %% re-sent) while the REST probe ran, load average %s -> %s",
                PACED_RATE * PACED_SECONDS, PACED_RATE, loadBefore, loadAfter);
        print("  event -> KPI visible through GET /api/v1/kpis: %s", probe.describe());
        print("  (%s)", warmUp);
        print("  (for comparison, event -> batch committed: p50 %d ms, p99 %d ms)", log.latencyPercentile(50),
                log.latencyPercentile(99));
        // Beside the service's "Resumed ..." log line (same clock): where a restart's first seconds go.
        print("  stream started at %s; its first batch committed %d ms later", Instant.ofEpochMilli(streamStarted),
                log.firstCommit() - streamStarted);
        print("  %s", heap.stop());
        print("  distinct totals (bulk + paced + probe): %s", expected);
        print("  PostgreSQL's rollup totals:            %s -> %s", inPostgres, inPostgres.equals(expected) ? "exact" : "NOT EXACT");
        assertThat(inPostgres).as("rollups in PostgreSQL after the paced phase").isEqualTo(expected);
    }

    /** Fails the run at once when the stream ended by itself (an out-of-memory error, say) instead of waiting an hour. */
    private boolean stopped() {
        if (!stream.running()) {
            throw new IllegalStateException("the activity stream stopped by itself: see its error in the log");
        }
        return false;
    }

    private void print(String format, Object... args) {
        String line = String.format(format, args);
        report.add(line);
        System.out.println(line); // as it happens, too: a long run shows its progress
    }

    private long backendPid() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** CPU time of this JVM: the service and the idle test harness (the producer is done before the bulk phase). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("n/a");
    }
}
