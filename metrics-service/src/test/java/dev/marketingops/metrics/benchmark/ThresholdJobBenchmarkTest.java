package dev.marketingops.metrics.benchmark;

import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchObjective;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.kpis.app.KpiSnapshots;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.StatementCount;
import dev.marketingops.metrics.targets.app.ThresholdWatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the threshold and snapshot jobs cost with many open campaigns (issue #13): N campaigns made known through
 * campaign.lifecycle, a launch target per four campaigns (roadmap.launches) and a budget each; then one idle minute with
 * the jobs at their production cadence (threshold every 5 s, snapshots every minute) on their own thread, and a traffic
 * phase in which probe campaigns cross their budget warning. Prints figures, asserts nothing timed:
 * {@code ./mvnw -o -pl metrics-service -am verify -Dgroups=benchmark -Dmetrics.excludedGroups=none -Dtest=ThresholdJobBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.campaigns=10000]}
 */
@QuarkusTest
@Tag("benchmark")
class ThresholdJobBenchmarkTest {

    static final int CAMPAIGNS = Integer.getInteger("benchmark.campaigns", 10_000);
    static final int PROBES = 20;
    static final EventCodec CODEC = EventCodec.standard();

    @Inject
    ThresholdWatch watch;

    @Inject
    KpiSnapshots snapshots;

    @Inject
    EntityManager em;

    @Inject
    Rollups rollups;

    final List<String> out = new ArrayList<>();

    @Test
    void jobCostIdleAndCrossingLatencyWithTraffic() throws Exception {
        UUID product = UUID.randomUUID();
        List<UUID> campaigns = new ArrayList<>();
        long setupStart = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = ActivityFeed.producer(20)) {
            for (int l = 0; l < CAMPAIGNS / 4; l++) {
                UUID launch = UUID.randomUUID();
                producer.send(CODEC.toProducerRecord(new LaunchScheduled(launch, UUID.randomUUID(), product, UUID.randomUUID(),
                        "Launch " + l, LocalDate.parse("2026-04-01"), 2, List.of("DE"), List.of(Channel.EMAIL), List.of(),
                        Api.TEAM, null, List.of(new LaunchObjective(UUID.randomUUID(), KpiKey.CONVERSIONS, Direction.INCREASE,
                        BigDecimal.ZERO, new BigDecimal("1000000"), LocalDate.parse("2026-06-30"))))));
                for (int c = 0; c < 4; c++) {
                    UUID campaign = UUID.randomUUID();
                    campaigns.add(campaign);
                    producer.send(CODEC.toProducerRecord(new CampaignCreated(campaign, product, launch, Api.TEAM,
                            Instant.now(), "Campaign", "Benchmark", List.of(Channel.EMAIL), "smb", Money.of("1000", "EUR"),
                            new CampaignSchedule(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"),
                                    "UTC"), CampaignStatus.DRAFT, null)));
                    producer.send(CODEC.toProducerRecord(new CampaignActivated(campaign, product, launch, Api.TEAM, Instant.now())));
                }
            }
        }
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(2)).until(() ->
                count("select count(*) from campaign where product_id = ?1 and status = 'ACTIVE'", product) == campaigns.size()
                        && count("select count(*) from kpi_target where scope = 'LAUNCH' and scope_id in "
                        + "(select launch_id from campaign where product_id = ?1)", product) == CAMPAIGNS / 4);
        print("campaigns: %,d open (ACTIVE, budget 1000 EUR each), launch targets: %,d, known through campaign.lifecycle "
                + "and roadmap.launches after %.1f s", campaigns.size(), CAMPAIGNS / 4, (System.nanoTime() - setupStart) / 1e9);

        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "kpi-jobs-benchmark"));
        long jobThread = jobs.submit(() -> Thread.currentThread().getId()).get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PostgresCpu postgres = new PostgresCpu(count("select pg_backend_pid()", null));
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        // The marks every campaign got when it was created: the one round that looks at all of them.
        long cpu0 = threads.getThreadCpuTime(jobThread);
        long sql0 = StatementCount.of(jobThread);
        long wall0 = System.nanoTime();
        jobs.submit(() -> { watch.evaluate(); snapshots.emit(); }).get();
        print("catch-up round over all %,d marked campaigns: %.2f s wall, %.2f s CPU on the job thread, %,d statements",
                campaigns.size(), (System.nanoTime() - wall0) / 1e9, (threads.getThreadCpuTime(jobThread) - cpu0) / 1e9,
                StatementCount.of(jobThread) - sql0);

        // Idle: a minute without the jobs, then a minute with them at production cadence.
        Minute quiet = minute(null, jobThread, threads, postgres, os);
        Minute idle = minute(jobs, jobThread, threads, postgres, os);
        print("idle minute WITHOUT the jobs: service JVM %.4f core, PostgreSQL %.4f core (load average %s)",
                quiet.processCpu / 60, quiet.postgresCpu / 60, LoadAverage.now());
        print("idle minute WITH the jobs (12 threshold rounds, 1 snapshot round): job thread %.5f core (%.1f ms CPU per minute), "
                + "%,d statements per minute (%.1f per threshold round); service JVM %.4f core, PostgreSQL %.4f core "
                + "(load average %s)", idle.jobCpu / 60, idle.jobCpu * 1000, idle.statements, idle.statements / 13.0,
                idle.processCpu / 60, idle.postgresCpu / 60, LoadAverage.now());
        print("jobs' share, with minus without: service JVM %+.4f core, PostgreSQL %+.4f core",
                (idle.processCpu - quiet.processCpu) / 60, (idle.postgresCpu - quiet.postgresCpu) / 60);

        traffic(campaigns, jobs, jobThread, threads);
        jobs.shutdownNow();
        Path results = Path.of("target", "benchmark-results.txt");
        Files.write(results, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Background spend on every campaign (never near a line), and PROBES campaigns pushed past their budget warning. */
    private void traffic(List<UUID> campaigns, ScheduledExecutorService jobs, long jobThread, ThreadMXBean threads)
            throws InterruptedException {
        Map<UUID, Long> crossingSent = new ConcurrentHashMap<>();
        Map<UUID, Long> crossingSeen = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread watcher = watchCrossings(crossingSeen, watching);
        AtomicLong rounds = new AtomicLong();
        long cpu0 = threads.getThreadCpuTime(jobThread);
        long sql0 = StatementCount.of(jobThread);
        List<Long> roundMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        var threshold = jobs.scheduleAtFixedRate(() -> {
            long t0 = System.nanoTime();
            watch.evaluate();
            roundMillis.add((System.nanoTime() - t0) / 1_000_000);
            rounds.incrementAndGet();
        }, 0, 5, TimeUnit.SECONDS);
        // As the scheduler runs them: the snapshot job on a thread of its own.
        ScheduledExecutorService snapshotJob = Executors.newSingleThreadScheduledExecutor();
        var snapshot = snapshotJob.scheduleAtFixedRate((Runnable) snapshots::emit, 60, 60, TimeUnit.SECONDS);
        int rate = Integer.getInteger("benchmark.traffic-rate", 2_000);
        int seconds = 40;
        long start = System.nanoTime();
        try (ActivityFeed feed = new ActivityFeed()) {
            for (int s = 0; s < seconds; s++) {
                long second = start + s * 1_000_000_000L;
                await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(5)).until(() -> System.nanoTime() >= second);
                for (int i = 0; i < rate; i++) {
                    feed.send(ActivityFeed.record(spend(campaigns.get((s * rate + i) % campaigns.size()), "0.01")));
                }
                // From the 10th second on, one probe a second crosses 80 % of its budget with one event.
                if (s >= 10 && crossingSent.size() < PROBES) {
                    UUID probe = campaigns.get(campaigns.size() - 1 - crossingSent.size());
                    feed.send(ActivityFeed.record(spend(probe, "850")));
                    feed.flush();
                    crossingSent.put(probe, System.currentTimeMillis());
                }
                feed.flush();
            }
        }
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> crossingSeen.keySet().containsAll(crossingSent.keySet()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            print("NOT SEEN within 2 min of the traffic's end: %d of %d crossings", crossingSent.size()
                    - crossingSent.keySet().stream().filter(crossingSeen::containsKey).count(), crossingSent.size());
        }
        threshold.cancel(false);
        snapshot.cancel(false);
        snapshotJob.shutdown();
        watching.set(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> !watcher.isAlive());
        long traffic = System.nanoTime() - start;
        List<Long> latencies = crossingSent.entrySet().stream().filter(e -> crossingSeen.containsKey(e.getKey()))
                .map(e -> crossingSeen.get(e.getKey()) - e.getValue()).sorted().toList();
        print("traffic: %,d spend events/s over all campaigns for %d s, %d budget-warning crossings; threshold rounds: %d, "
                + "job thread %.3f core, %.0f statements per round", rate, seconds, crossingSent.size(), rounds.get(),
                (threads.getThreadCpuTime(jobThread) - cpu0) / 1e9 / (traffic / 1e9),
                (StatementCount.of(jobThread) - sql0) / (double) Math.max(1, rounds.get()));
        print("threshold round wall times during traffic (ms): %s", roundMillis);
        print("crossing latency (activity published -> KpiThresholdCrossed on metrics.kpis, threshold interval 5 s): "
                + "min %d ms, median %d ms, max %d ms (load average %s)", latencies.get(0),
                latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1), LoadAverage.now());
    }

    private Minute minute(ScheduledExecutorService jobs, long jobThread, ThreadMXBean threads, PostgresCpu postgres,
                          com.sun.management.OperatingSystemMXBean os) {
        AtomicLong rounds = new AtomicLong();
        long cpu0 = threads.getThreadCpuTime(jobThread);
        long sql0 = StatementCount.of(jobThread);
        double pg0 = postgres.seconds();
        long process0 = os.getProcessCpuTime();
        List<java.util.concurrent.ScheduledFuture<?>> running = new ArrayList<>();
        if (jobs != null) {
            running.add(jobs.scheduleAtFixedRate(() -> { watch.evaluate(); rounds.incrementAndGet(); }, 0, 5, TimeUnit.SECONDS));
            running.add(jobs.schedule((Runnable) snapshots::emit, 30, TimeUnit.SECONDS));
        }
        long end = System.nanoTime() + 60_000_000_000L;
        await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(70)).until(() -> System.nanoTime() >= end);
        running.forEach(f -> f.cancel(false));
        return new Minute((threads.getThreadCpuTime(jobThread) - cpu0) / 1e9, StatementCount.of(jobThread) - sql0,
                (os.getProcessCpuTime() - process0) / 1e9, postgres.seconds() - pg0);
    }

    private record Minute(double jobCpu, long statements, double processCpu, double postgresCpu) {
    }

    private static Thread watchCrossings(Map<UUID, Long> seen, java.util.concurrent.atomic.AtomicBoolean watching)
            throws InterruptedException {
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        Thread t = new Thread(() -> {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
                // Assigned, not subscribed: no group join that could let the first crossings pass unseen.
                List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(Topics.METRICS_KPIS).stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                ready.countDown();
                while (watching.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        var type = record.headers().lastHeader("ce_type");
                        if (type != null && new String(type.value()).contains("KpiThresholdCrossed")) {
                            seen.putIfAbsent(UUID.fromString(record.key()), System.currentTimeMillis());
                        }
                    }
                }
            }
        }, "crossing-watcher");
        t.setDaemon(true);
        t.start();
        if (!ready.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("metrics.kpis watcher not positioned");
        }
        return t;
    }

    private static ActivityRecorded spend(UUID campaign, String amount) {
        return ActivityRecorded.money(campaign, Channel.EMAIL, ActivityKind.SPEND, Money.of(amount, "EUR"),
                Instant.parse("2026-03-10T08:00:00Z"), JourneyStage.CONVERSION);
    }

    private long count(String sql, UUID parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private void print(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println("[threshold-benchmark] " + line);
        out.add(line);
    }
}
