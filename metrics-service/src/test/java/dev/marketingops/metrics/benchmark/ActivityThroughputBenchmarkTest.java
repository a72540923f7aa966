package dev.marketingops.metrics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.activity.ActivityStream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
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
 * broker, measures Kafka's consumer performance tool reading them, then the service counting them (dedup on), then
 * event-to-visible latency under a paced load, and prints the figures. Run:
 * {@code ./mvnw -o -pl metrics-service verify -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dbenchmark.events=2000000}
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
    /** Share of counted events carrying a customer reference (each becomes a touchpoint): 0.1 by default, 0.5 in #14. */
    private static final double CUSTOMER_SHARE = Double.parseDouble(System.getProperty("benchmark.customer-share", "0.1"));

    @Inject
    ActivityStream stream;

    @Inject
    BatchLog log;

    @Inject
    jakarta.persistence.EntityManager em;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "marketingops.activity.max-poll-records")
    String maxPollRecords;

    @Test
    void measure() throws IOException {
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        EventSource source = new EventSource();
        stream.stop();
        Map<TopicPartition, Long> start = endOffsets(bootstrap);
        HeapWatch heap = new HeapWatch();

        long t0 = System.nanoTime();
        long bytes = produce(bootstrap, source, EVENTS, 0);
        double produceSeconds = (System.nanoTime() - t0) / 1e9;

        Map<String, String> perfTest = consumerPerfTest();
        double rawRate = Double.parseDouble(perfTest.get("fetch.nMsg.sec"));

        log.reset(false);
        long s0 = System.currentTimeMillis();
        stream.start();
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(50)).until(() -> log.counted() >= EVENTS);
        double serviceSeconds = (log.lastCommit() - s0) / 1000.0;
        double firstToLastSeconds = (log.lastCommit() - log.firstCommit()) / 1000.0;
        assertThat(log.counted()).isEqualTo(EVENTS);
        long touchpoints = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from touchpoint").getSingleResult()).longValue());

        log.reset(true);
        int paced = PACED_RATE * PACED_SECONDS;
        produce(bootstrap, source, paced, PACED_RATE);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> log.counted() >= paced);

        double serviceRate = EVENTS / serviceSeconds;
        String report = String.join("\n",
                "metrics-service activity benchmark (" + Instant.now() + ")",
                String.format("events: %,d (avg %d bytes value), campaigns: %,d, event times over %d h, partitions: %d, max.poll.records %s, dedup on",
                        EVENTS, bytes / EVENTS, CAMPAIGNS, HOURS, start.size(), maxPollRecords),
                String.format("load into broker (producer, acks=all): %,.0f events/s", EVENTS / produceSeconds),
                String.format("raw consumer rate (kafka-consumer-perf-test, same topic, same run): %,.0f events/s "
                        + "(fetch.nMsg.sec; %,.0f nMsg.sec with the group join)", rawRate,
                        Double.parseDouble(perfTest.get("nMsg.sec"))),
                String.format("service sustained ingest (start to last commit): %,.0f events/s (first to last commit: %,.0f events/s)",
                        serviceRate, EVENTS / Math.max(firstToLastSeconds, 0.001)),
                String.format("ratio service / raw consumer: %.3f", serviceRate / rawRate),
                String.format("events with a customer reference (share %.2f of counted kinds): %,d touchpoints stored with the batches",
                        CUSTOMER_SHARE, touchpoints),
                String.format("event-to-KPI-visible latency at %,d events/s paced: p50 %d ms, p99 %d ms (%,d events)",
                        PACED_RATE, log.latencyPercentile(50), log.latencyPercentile(99), paced),
                String.format("peak heap used (sampled every 50 ms): %,d MB of -Xmx %,d MB; peak RSS of the test JVM "
                        + "(service + load generator): %s", heap.stop() / (1024 * 1024),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024), peakRss()));
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target", "benchmark-results.txt"), report + "\n");
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
