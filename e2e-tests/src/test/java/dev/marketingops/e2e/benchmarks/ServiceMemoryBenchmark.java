package dev.marketingops.e2e.benchmarks;

import static dev.marketingops.e2e.support.Api.metrics;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.stack.MarketingTool;
import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints each service process's peak RSS under REST reads on all four and activity ingest (goal: ≤ 350 MB each). */
@Tag("benchmark")
class ServiceMemoryBenchmark {

    private static final Duration READ_LOAD = Duration.ofSeconds(Long.getLong("memory.read-seconds", 45));
    private static final int READERS_PER_SERVICE = Integer.getInteger("memory.readers", 8);
    private static final int EVENTS = Integer.getInteger("memory.events", 400_000);
    private static final int OTHER_CAMPAIGNS = 2_000;

    @Test
    void peakResidentMemoryUnderReadAndIngestLoad() throws Exception {
        LocalStack stack = RunningStack.get();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (StackService service : StackService.ALL) {
            pids.put(service.name(), stack.service(service.name()).pid());
        }
        try (ResidentMemory memory = ResidentMemory.sample(pids, Duration.ofMillis(100))) {
            System.out.println("[memory] after start: " + memory.current() + "; load average " + loadAverage());
            SampleCompany company = SampleCompany.create();
            SampleCompany.ScheduledLaunch scheduled = company.scheduledLaunch();
            String launch = scheduled.launchId();
            String campaignId = scheduled.campaignId();

            Map<String, String> reads = Map.of(
                    "roadmap-service", "/api/v1/products/" + company.productId(),
                    "campaign-service", "/api/v1/campaigns/" + campaignId,
                    "metrics-service", "/api/v1/kpis?campaignId=" + campaignId,
                    "feedback-service", "/api/v1/nps?launchId=" + launch);
            ExecutorService pool = Executors.newFixedThreadPool(READERS_PER_SERVICE * reads.size() + 1);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String token = stack.token("viewer");
            long deadline = System.nanoTime() + READ_LOAD.toNanos();
            Map<String, AtomicLong> answered = new LinkedHashMap<>();
            Map<String, AtomicLong> failed = new LinkedHashMap<>();
            List<Future<?>> running = new ArrayList<>();
            for (Map.Entry<String, String> read : reads.entrySet()) {
                AtomicLong ok = answered.computeIfAbsent(read.getKey(), k -> new AtomicLong());
                AtomicLong bad = failed.computeIfAbsent(read.getKey(), k -> new AtomicLong());
                HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(read.getKey()) + read.getValue()))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
                for (int i = 0; i < READERS_PER_SERVICE; i++) {
                    running.add(pool.submit(() -> readUntil(http, request, deadline, ok, bad)));
                }
            }
            UUID known = UUID.fromString(campaignId);
            long sentToKnown = ingest(known);
            for (Future<?> reader : running) {
                reader.get();
            }
            pool.shutdown();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
                    () -> metrics("analyst").queryParam("campaignId", campaignId).get("/api/v1/kpis")
                            .then().extract().jsonPath().getLong("kpis.impressions"),
                    impressions -> impressions != null && impressions >= sentToKnown);
            System.out.printf("[memory] REST reads in %d s, %d readers per service: answered %s, failed %s%n",
                    READ_LOAD.toSeconds(), READERS_PER_SERVICE, answered, failed);
            System.out.printf("[memory] ingest: %,d activity events on marketing.activity (%,d campaigns), all counted%n",
                    EVENTS, OTHER_CAMPAIGNS + 1);
            System.out.println("[memory] peak RSS sampled every 100 ms: " + memory.peaks());
            System.out.println("[memory] VmHWM (peak RSS since the process started): " + memory.highWaterMarks());
            System.out.println("[memory] load average " + loadAverage());
        }
    }

    /** Publishes the ingest load: one in ten events to the known campaign, the rest spread over others. */
    private static long ingest(UUID known) {
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < OTHER_CAMPAIGNS; i++) {
            others.add(UUID.randomUUID());
        }
        long toKnown = 0;
        try (MarketingTool tool = RunningStack.tool()) {
            Instant now = Instant.now();
            for (int i = 0; i < EVENTS; i++) {
                boolean mine = i % 10 == 0;
                UUID campaignId = mine ? known : others.get(i % OTHER_CAMPAIGNS);
                toKnown += mine ? 1 : 0;
                tool.send(ActivityRecorded.counted(campaignId, Channel.PAID_SEARCH, ActivityKind.IMPRESSION, 1,
                        now.minusMillis(i % 60_000), JourneyStage.AWARENESS));
            }
            tool.flush();
        }
        return toKnown;
    }

    private static void readUntil(HttpClient http, HttpRequest request, long deadline, AtomicLong ok, AtomicLong bad) {
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                (status == 200 ? ok : bad).incrementAndGet();
            } catch (Exception e) {
                bad.incrementAndGet();
            }
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
