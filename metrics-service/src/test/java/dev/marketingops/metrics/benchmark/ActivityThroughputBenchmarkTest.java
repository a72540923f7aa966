package dev.marketingops.metrics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.activity.app.ActivityIntake;
import dev.marketingops.metrics.activity.app.ActivitySettings;
import dev.marketingops.metrics.activity.app.MarketingActivityConsumer;
import dev.marketingops.metrics.activity.domain.ActivityFastReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput benchmark, not a timed test (excluded from the normal build). Loads N activity events into the local
 * broker, measures Kafka's consumer performance tool reading them, then the service counting them (dedup on) once per
 * fast reader ({@code benchmark.readers}, default {@code jackson,hand-written}; {@code benchmark.rounds} alternating
 * rounds, the stored positions, id log and rollups reset before each run so every run counts the same N events from
 * scratch, and the rollups checked against N), then event-to-visible latency under a paced load with the configured
 * reader, and prints the figures, the load average and where the time went per stage. Run:
 * {@code ./mvnw -o -pl metrics-service -am test -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dmetrics.test.heap=512m
 * -Dtest=ActivityThroughputBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.events=2000000}
 */
@QuarkusTest
@Tag("benchmark")
class ActivityThroughputBenchmarkTest {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 2_000_000);
    private static final int CAMPAIGNS = Integer.getInteger("benchmark.campaigns", 10_000);
    /** Paced-phase rate for the latency figures, events/s. */
    private static final int PACED_RATE = Integer.getInteger("benchmark.paced-rate", 20_000);
    private static final int PACED_SECONDS = Integer.getInteger("benchmark.paced-seconds", 15);
    /** Event times are spread over this many hours (live traffic plus late arrivals). */
    private static final int HOURS = Integer.getInteger("benchmark.hours", 2);
    /** The fast readers to measure, in this order in the first round (reversed in every second round). */
    private static final List<ActivityFastReader> READERS = Arrays.stream(
                    System.getProperty("benchmark.readers", "hand-written").split(","))
            .map(r -> ActivityFastReader.valueOf(r.trim().toUpperCase().replace('-', '_'))).toList();
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1);
    /** Share of counted events carrying a customer reference (each becomes a touchpoint): 0.1 by default, 0.5 in #14. */
    private static final double CUSTOMER_SHARE = Double.parseDouble(System.getProperty("benchmark.customer-share", "0.1"));

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

    @Test
    void measure() throws IOException, SQLException {
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        EventSource source = new EventSource();
        stream.stop();
        Map<TopicPartition, Long> start = endOffsets(bootstrap);
        HeapWatch heap = new HeapWatch();
        ActivityFastReader configured = intake.reader();

        long t0 = System.nanoTime();
        long bytes = produce(bootstrap, source, EVENTS, 0);
        double produceSeconds = (System.nanoTime() - t0) / 1e9;

        String loadBefore = loadAverage();
        Map<String, String> perfTest = consumerPerfTest();
        double rawRate = Double.parseDouble(perfTest.get("fetch.nMsg.sec"));

        List<String> runs = new ArrayList<>();
        Map<ActivityFastReader, List<Double>> rates = new java.util.EnumMap<>(ActivityFastReader.class);
        for (int round = 1; round <= ROUNDS; round++) {
            List<ActivityFastReader> order = new ArrayList<>(READERS);
            if (round % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            for (ActivityFastReader reader : order) {
                resetCounting(start);
                intake.useReader(reader);
                log.reset(false);
                Map<String, double[]> stagesBefore = stages.snapshot();
                String load = loadAverage();
                long s0 = System.currentTimeMillis();
                stream.start();
                await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(50)).until(() -> log.counted() >= EVENTS);
                double serviceSeconds = (log.lastCommit() - s0) / 1000.0;
                double firstToLastSeconds = (log.lastCommit() - log.firstCommit()) / 1000.0;
                stream.stop();
                assertThat(log.counted()).isEqualTo(EVENTS);
                long stored = storedActivities();
                long touchpoints = storedTouchpoints();
                assertThat(stored).as("activities in the rollups (PostgreSQL)").isEqualTo(EVENTS);
                double rate = EVENTS / serviceSeconds;
                rates.computeIfAbsent(reader, r -> new ArrayList<>()).add(rate);
                runs.add(String.format("round %d, reader %s: service sustained ingest (start to last commit): %,.0f events/s "
                                + "(first to last commit: %,.0f events/s), ratio to raw consumer %.3f, rollups exact (%,d activities "
                                + "in PostgreSQL), load average %s -> %s", round, reader.name().toLowerCase().replace('_', '-'),
                        rate, EVENTS / Math.max(firstToLastSeconds, 0.001), rate / rawRate, stored, load, loadAverage()));
                runs.add(String.format("  events with a customer reference (share %.2f of counted kinds): %,d touchpoints "
                        + "stored with the batches", CUSTOMER_SHARE, touchpoints));
                runs.add("  time per stage (ms, all threads; decode runs in parallel): "
                        + StageTimes.describe(stagesBefore, stages.snapshot()));
            }
        }

        intake.useReader(configured);
        stream.start();
        log.reset(true);
        int paced = PACED_RATE * PACED_SECONDS;
        produce(bootstrap, source, paced, PACED_RATE);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> log.counted() >= paced);

        List<String> report = new ArrayList<>(List.of(
                "metrics-service activity benchmark (" + Instant.now() + "), load average before: " + loadBefore,
                String.format("events: %,d (avg %d bytes value), campaigns: %,d, event times over %d h, partitions: %d, max.poll.records %d, dedup on",
                        EVENTS, bytes / EVENTS, CAMPAIGNS, HOURS, start.size(), settings.maxPollRecords()),
                String.format("load into broker (producer, acks=all): %,.0f events/s", EVENTS / produceSeconds),
                String.format("raw consumer rate (kafka-consumer-perf-test, same topic, same run): %,.0f events/s "
                        + "(fetch.nMsg.sec; %,.0f nMsg.sec with the group join)", rawRate,
                        Double.parseDouble(perfTest.get("nMsg.sec")))));
        report.addAll(runs);
        rates.forEach((reader, r) -> report.add(String.format("reader %s: best %,.0f events/s, mean %,.0f events/s over %d run(s)",
                reader.name().toLowerCase().replace('_', '-'), r.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                r.stream().mapToDouble(Double::doubleValue).average().orElse(0), r.size())));
        report.add(String.format("event-to-KPI-visible latency at %,d events/s paced (reader %s): p50 %d ms, p99 %d ms (%,d events)",
                PACED_RATE, configured.name().toLowerCase().replace('_', '-'), log.latencyPercentile(50),
                log.latencyPercentile(99), paced));
        report.add(String.format("peak heap used (sampled every 50 ms): %,d MB of -Xmx %,d MB; peak RSS of the test JVM "
                        + "(service + load generator): %s; load average after: %s", heap.stop() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), peakRss(), loadAverage()));
        String text = String.join("\n", report);
        System.out.println("\n" + text + "\n");
        Files.writeString(Path.of("target", "benchmark-results.txt"), text + "\n");
    }

    /**
     * Back to counting the loaded events from scratch: positions at the offsets before them, no id log (so the id
     * window starts empty), empty rollups (so every run inserts the same rows).
     */
    private void resetCounting(Map<TopicPartition, Long> start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("truncate activity_id_log, activity_rollup, money_rollup, reach_sketch, touchpoint");
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into consumer_offset (consumer, topic, partition_no, next_offset) values (?, ?, ?, ?)
                    on conflict (consumer, topic, partition_no) do update set next_offset = excluded.next_offset""")) {
                for (Map.Entry<TopicPartition, Long> e : start.entrySet()) {
                    ps.setString(1, ActivityIntake.CONSUMER);
                    ps.setString(2, e.getKey().topic());
                    ps.setInt(3, e.getKey().partition());
                    ps.setLong(4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private long storedActivities() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select coalesce(sum(activities), 0) from activity_rollup")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long storedTouchpoints() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from touchpoint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** Publishes {@code count} events; with a rate, paced to it (for latency), else as fast as the producer goes. */
    private static long produce(String bootstrap, EventSource source, int count, int rate) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, rate > 0 ? 1 : 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        long bytes = 0;
        long startNanos = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                if (rate > 0 && i % 100 == 0) {
                    long due = startNanos + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                ProducerRecord<String, byte[]> record = source.next();
                bytes += record.value().length;
                producer.send(record);
            }
            producer.flush();
        }
        return bytes;
    }

    /**
     * Kafka's own consumer performance tool ({@code kafka-consumer-perf-test}) on the same topic, in its own JVM: its
     * figures by column name (nMsg.sec, fetch.nMsg.sec, ...).
     */
    private static Map<String, String> consumerPerfTest() {
        String printed = KafkaTestResource.broker().runTool(Duration.ofMinutes(10),
                "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server",
                KafkaTestResource.broker().bootstrapServers(), "--topic", Topics.MARKETING_ACTIVITY,
                "--messages", Integer.toString(EVENTS), "--timeout", "60000");
        List<String> lines = printed.lines().filter(l -> l.contains(",")).toList();
        String[] names = lines.get(lines.size() - 2).split(",\\s*");
        String[] values = lines.get(lines.size() - 1).split(",\\s*");
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            figures.put(names[i].trim(), values[i].trim());
        }
        return figures;
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MARKETING_ACTIVITY).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    /** Samples used heap; pool peaks cannot be summed (eden and old gen peak at different times). */
    private static final class HeapWatch {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                LockSupport.parkNanos(50_000_000L);
            }
        }, "heap-watch");

        HeapWatch() {
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running = false;
            return peak;
        }
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("n/a");
    }

    /**
     * Activity as a tool writes it: binary-mode CloudEvent headers and hand-written JSON (80 % impressions, 15 % clicks,
     * 3 % conversions, 2 % spend; a customer ref on {@code benchmark.customer-share} of the counted ones; event times over
     * {@code benchmark.hours} ending two hours ago, within the touchpoint retention), keyed by campaign.
     */
    private static final class EventSource {

        private static final EventCodec CODEC = EventCodec.standard();
        private final String[] campaigns = new String[CAMPAIGNS];
        private final SplittableRandom random = new SplittableRandom(7);
        private final Header[] template;
        private final Instant base = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(HOURS + 2));

        EventSource() {
            for (int i = 0; i < CAMPAIGNS; i++) {
                campaigns[i] = UUID.randomUUID().toString();
            }
            // Headers as the contracts codec writes them; only id and subject change per event.
            ActivityRecorded sample = ActivityRecorded.counted(UUID.randomUUID(), dev.marketingops.contracts.common.Channel.DISPLAY,
                    dev.marketingops.contracts.common.ActivityKind.IMPRESSION, 1, base,
                    dev.marketingops.contracts.common.JourneyStage.AWARENESS);
            template = CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY, "k",
                    CODEC.toCloudEvent(sample, java.net.URI.create("/tools/benchmark"))).headers().toArray();
        }

        ProducerRecord<String, byte[]> next() {
            String campaign = campaigns[random.nextInt(CAMPAIGNS)];
            int p = random.nextInt(100);
            String at = base.plusSeconds(random.nextInt(HOURS * 3600)).toString();
            String body;
            if (p < 80) {
                body = counted(campaign, "IMPRESSION", "AWARENESS", at);
            } else if (p < 95) {
                body = counted(campaign, "CLICK", "CONSIDERATION", at);
            } else if (p < 98) {
                body = counted(campaign, "CONVERSION", "CONVERSION", at);
            } else {
                body = "{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"SPEND\",\"amount\":"
                        + (1 + random.nextInt(500)) + "." + random.nextInt(10) + "0,\"currency\":\"EUR\",\"occurredAt\":\""
                        + at + "\",\"journeyStage\":\"AWARENESS\"}";
            }
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MARKETING_ACTIVITY, campaign,
                    body.getBytes(StandardCharsets.UTF_8));
            for (Header h : template) {
                switch (h.key()) {
                    case "ce_id" -> record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                    case "ce_subject" -> record.headers().add("ce_subject", campaign.getBytes(StandardCharsets.UTF_8));
                    default -> record.headers().add(h);
                }
            }
            return record;
        }

        private String counted(String campaign, String kind, String stage, String at) {
            String ref = random.nextDouble() < CUSTOMER_SHARE ? ",\"customerRef\":\"cust-" + random.nextInt(1_000_000) + "\"" : "";
            return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"" + kind + "\",\"count\":1,"
                    + "\"occurredAt\":\"" + at + "\",\"journeyStage\":\"" + stage + "\"" + ref + "}";
        }
    }
}
