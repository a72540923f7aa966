package dev.marketingops.e2e.benchmarks;

import static dev.marketingops.e2e.support.Api.metrics;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints each service process's peak RSS under REST reads on all four and activity ingest (goal: ≤ 350 MB each). */
@Tag("benchmark")
class ServiceMemoryBenchmark {

    private static final Duration READ_LOAD = Duration.ofSeconds(Long.getLong("memory.read-seconds", 45));
    private static final int READERS_PER_SERVICE = Integer.getInteger("memory.readers", 8);
    private static final int EVENTS = Integer.getInteger("memory.events", 400_000);

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

            Map<String, Double> cpuBefore = cpuSeconds(pids);
            long loadStart = System.nanoTime();
            ReadLoad reads = ReadLoad.start(stack, company, launch, campaignId, READERS_PER_SERVICE, READ_LOAD);
            long sentToKnown = ActivityFlood.publish(stack.kafka().bootstrapServers(), UUID.fromString(campaignId),
                    EVENTS, 0);
            String readFigures = reads.awaitEnd();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
                    () -> metrics("analyst").queryParam("campaignId", campaignId).get("/api/v1/kpis")
                            .then().extract().jsonPath().getLong("kpis.impressions"),
                    impressions -> impressions != null && impressions >= sentToKnown);
            double countedAfter = (System.nanoTime() - loadStart) / 1e9;
            Map<String, Double> cpuAfter = cpuSeconds(pids);
            System.out.printf("[memory] REST reads in %d s, %d readers per service: %s%n",
                    READ_LOAD.toSeconds(), READERS_PER_SERVICE, readFigures);
            System.out.printf("[memory] ingest: %,d activity events on marketing.activity (%,d campaigns), all counted"
                    + " %.1f s after the load began%n", EVENTS, 2_001, countedAfter);
            Map<String, String> cpu = new LinkedHashMap<>();
            cpuAfter.forEach((name, seconds) -> cpu.put(name, String.format("%.1f s", seconds - cpuBefore.get(name))));
            System.out.println("[memory] CPU used from the load's start until all was counted: " + cpu);
            System.out.println("[memory] peak RSS sampled every 100 ms: " + memory.peaks());
            System.out.println("[memory] VmHWM (peak RSS since the process started): " + memory.highWaterMarks());
            memory.nativeMemory().forEach(line -> System.out.println("[memory] near the peak, " + line));
            System.out.println("[memory] load average " + loadAverage());
        }
    }

    private static Map<String, Double> cpuSeconds(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, ProcessCpu.of(pid)));
        return seconds;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
