package dev.marketingops.e2e.benchmarks;

import static dev.marketingops.e2e.benchmarks.ServiceMemoryBenchmark.loadAverage;
import static dev.marketingops.e2e.support.Api.metrics;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints metrics' peak RSS and heap while enough unique event ids to fill its id window (4,000,000 by default) arrive
 * under REST reads (goals: ≤ 350 MB RSS, peak heap < 80 % of the limit), then restarts metrics and prints what the
 * window's rebuild from the id log costs it: time, peak RSS, and whether the process lived through it.
 */
@Tag("benchmark")
class FullIdWindowBenchmark {

    private static final int EVENTS = Integer.getInteger("memory.window-events", 4_200_000);
    private static final double CUSTOMER_SHARE = 0.1;
    private static final int READERS_PER_SERVICE = Integer.getInteger("memory.readers", 8);
    private static final String METRICS = "metrics-service";

    @Test
    void metricsMemoryWithAFullIdWindow() throws Exception {
        LocalStack stack = RunningStack.get();
        long pid = stack.service(METRICS).pid();
        HeapLog heap = HeapLog.start(pid, Path.of("target", "metrics-gc-" + pid + ".log"));
        long limit = heap.limitMegabytes();
        long countedBefore = scrape(stack, COUNTED);
        AtomicLong windowPeak = new AtomicLong();
        try (ResidentMemory memory = ResidentMemory.sample(Map.of(METRICS, pid), Duration.ofMillis(100))) {
            System.out.println("[window] metrics after start: " + memory.current() + ", heap limit " + limit
                    + " MB; CDS archives mapped " + archives(pid) + "; load average " + loadAverage());
            SampleCompany company = SampleCompany.create();
            SampleCompany.ScheduledLaunch scheduled = company.scheduledLaunch();
            String campaignId = scheduled.campaignId();
            ReadLoad reads = ReadLoad.start(stack, company, scheduled.launchId(), campaignId, READERS_PER_SERVICE,
                    Duration.ofMinutes(20));
            long start = System.nanoTime();
            long sentToKnown = ActivityFlood.publish(stack.kafka().bootstrapServers(), UUID.fromString(campaignId),
                    EVENTS, CUSTOMER_SHARE);
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("[window] published %,d events (%.0f %% with a customerRef) in %.1f s; load average %s%n",
                    EVENTS, CUSTOMER_SHARE * 100, publishSeconds, loadAverage());
            await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                windowPeak.accumulateAndGet(scrape(stack, WINDOW_IDS), Math::max);
                return scrape(stack, COUNTED) - countedBefore >= EVENTS;
            });
            double countSeconds = (System.nanoTime() - start) / 1e9;
            reads.stop();
            String readFigures = reads.awaitEnd();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(
                    () -> metrics("analyst").queryParam("campaignId", campaignId).get("/api/v1/kpis")
                            .then().extract().jsonPath().getLong("kpis.impressions"),
                    impressions -> impressions != null && impressions >= sentToKnown);
            long windowNow = scrape(stack, WINDOW_IDS);
            String rssPeak = memory.peaks().get(METRICS);
            String hwm = memory.highWaterMarks().get(METRICS);
            String loadAfterIngest = loadAverage();
            memory.nativeMemory().forEach(line -> System.out.println("[window] near the peak, " + line));
            heap.fullCollection();
            await().atMost(Duration.ofSeconds(30)).until(() -> heap.pauses().stream().anyMatch(HeapLog.Pause::requested));
            print(heap.pauses(), limit, readFigures, countSeconds, windowPeak.get(), windowNow, rssPeak, hwm,
                    loadAfterIngest);
        }
        restartWithTheWindowFull(stack);
    }

    /** A restart (a deploy, a rescheduled pod) reads the window back before it counts anything. */
    private static void restartWithTheWindowFull(LocalStack stack) throws Exception {
        ServiceProcess metrics = stack.service(METRICS);
        long logBefore = Files.size(metrics.log());
        long start = System.nanoTime();
        try {
            metrics.restart();
        } catch (IllegalStateException e) {
            System.out.println("[window] restart: metrics did not get ready: " + e.getMessage());
            return;
        }
        double readySeconds = (System.nanoTime() - start) / 1e9;
        long pid = metrics.pid();
        try (ResidentMemory memory = ResidentMemory.sample(Map.of(METRICS, pid), Duration.ofMillis(100))) {
            String resumed = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> resumedLine(metrics.log(), logBefore), line -> line != null || !metrics.isAlive());
            double doneSeconds = (System.nanoTime() - start) / 1e9;
            // Judged once, so the line printed and the figures after it speak of the same outcome.
            boolean survived = metrics.isAlive() && !resumed.contains("OutOfMemoryError");
            System.out.printf("[window] restart: ready after %.1f s; %s after %.1f s; peak RSS %s, VmHWM %s;"
                    + " load average %s%n", readySeconds, survived ? message(resumed)
                    : "it ran out of heap or DIED (see " + metrics.log() + ")", doneSeconds, memory.peaks().get(METRICS),
                    memory.highWaterMarks().get(METRICS), loadAverage());
            if (survived) {
                HeapLog heap = HeapLog.start(pid, Path.of("target", "metrics-gc-" + pid + ".log"));
                heap.fullCollection();
                await().atMost(Duration.ofSeconds(30)).until(() -> heap.pauses().stream().anyMatch(HeapLog.Pause::requested));
                long live = heap.pauses().stream().filter(HeapLog.Pause::requested).mapToLong(HeapLog.Pause::afterMb)
                        .max().orElse(0);
                System.out.printf("[window] after the restart: live set after a full GC %d MB = %.1f %% of the %d MB"
                        + " limit, id window %,d ids%n", live, 100.0 * live / heap.limitMegabytes(),
                        heap.limitMegabytes(), scrape(stack, WINDOW_IDS));
            }
        }
    }

    /** The log line's message, from "Resumed" to its end (the stack logs JSON: up to the closing quote). */
    private static String message(String line) {
        String from = line.substring(line.indexOf("Resumed"));
        return from.contains("\"") ? from.substring(0, from.indexOf('"')) : from;
    }

    /** The activity stream's "Resumed …" line (or an out-of-heap exit) logged after {@code offset}, or null. */
    private static String resumedLine(Path log, long offset) throws java.io.IOException {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(offset);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.contains("Resumed") && line.contains("marketing.activity")
                            || line.contains("OutOfMemoryError")).findFirst().orElse(null);
        }
    }

    private static void print(List<HeapLog.Pause> pauses, long limit, String readFigures, double countSeconds,
            long windowPeak, long windowNow, String rssPeak, String hwm, String load) {
        List<HeapLog.Pause> underLoad = pauses.stream().filter(p -> !p.requested()).toList();
        long peakUsed = underLoad.stream().mapToLong(HeapLog.Pause::beforeMb).max().orElse(0);
        long peakAfter = underLoad.stream().mapToLong(HeapLog.Pause::afterMb).max().orElse(0);
        long peakCommitted = underLoad.stream().mapToLong(HeapLog.Pause::committedMb).max().orElse(0);
        long fullDuringLoad = underLoad.stream().filter(HeapLog.Pause::full).count();
        long live = pauses.stream().filter(HeapLog.Pause::requested).mapToLong(HeapLog.Pause::afterMb).max().orElse(0);
        System.out.printf("[window] all %,d events counted %.1f s after the first was sent (%,.0f events/s)%n",
                EVENTS, countSeconds, EVENTS / countSeconds);
        System.out.printf("[window] id window: peak %,d ids (gauge sampled every s), %,d now (dedup-max-ids caps it;"
                + " the oldest segment goes whole)%n", windowPeak, windowNow);
        System.out.println("[window] REST reads during the ingest, " + READERS_PER_SERVICE + " per service: " + readFigures);
        System.out.printf("[window] metrics peak RSS %s (sampled every 100 ms), VmHWM %s (goal ≤ 350 MB)%n", rssPeak, hwm);
        System.out.printf("[window] heap limit %d MB; %d collections under load (%d full); peak used (before a collection)"
                + " %d MB = %.1f %%; highest after a collection %d MB = %.1f %%; peak committed %d MB%n", limit,
                underLoad.size(), fullDuringLoad, peakUsed, 100.0 * peakUsed / limit, peakAfter, 100.0 * peakAfter / limit,
                peakCommitted);
        System.out.printf("[window] live set after a full GC with the window held: %d MB = %.1f %% of the limit"
                + " (goal: peak heap < 80 %%)%n", live, 100.0 * live / limit);
        System.out.println("[window] load average at the end of the ingest " + load + ", now " + loadAverage());
    }

    private static final Pattern COUNTED = Pattern.compile(
            "(?m)^marketingops_activity_events_total\\{[^}]*outcome=\"counted\"[^}]*} ([0-9.E+]+)");
    private static final Pattern WINDOW_IDS = Pattern.compile("(?m)^marketingops_activity_dedup_ids(?:\\{[^}]*})? ([0-9.E+]+)");

    /** The CDS archives the process has mapped (the JDK's classes.jsa; app-cds.jsa only if AppCDS is in effect). */
    private static List<String> archives(long pid) throws java.io.IOException {
        try (var lines = java.nio.file.Files.lines(Path.of("/proc", Long.toString(pid), "maps"))) {
            return lines.filter(line -> line.endsWith(".jsa")).map(line -> Path.of(line.substring(line.indexOf('/')))
                    .getFileName().toString()).distinct().toList();
        }
    }

    /** A figure of metrics' Prometheus scrape (0 before it exists). */
    private static long scrape(LocalStack stack, Pattern figure) {
        String text = given().baseUri(stack.url(METRICS)).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = figure.matcher(text);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }
}
