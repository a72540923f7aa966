package dev.marketingops.metrics.benchmark;

import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/** "KPI visible" as a client sees it: publish one impression, poll GET /api/v1/kpis until the count shows it. */
// One thread per probe campaign, a viewer token, a poll every POLL_MS; a sample runs from just before the send to the
// answer that shows it.
final class KpiVisibilityProbe {

    private static final long POLL_MS = 20;
    private static final long GIVE_UP_MS = 120_000;

    private final List<UUID> campaigns;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();
    private long startedMillis;
    private volatile boolean running;
    private long sent;
    private long lost;

    KpiVisibilityProbe(List<UUID> campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * Reads each campaign's KPIs a few times before the samples start and answers what the first and the last read
     * took: before it the JVM had served no KPI read, so the first ones paid for class loading and compilation, which
     * the first samples then took for the pipeline's latency (2.8–3.0 s against a first commit 0.8 s after the start).
     */
    String warmUp() {
        long first = -1;
        long last = -1;
        for (int i = 0; i < 50; i++) {
            for (UUID campaign : campaigns) {
                long t = System.nanoTime();
                impressions(campaign);
                last = (System.nanoTime() - t) / 1_000_000;
                first = first < 0 ? last : first;
            }
        }
        return String.format("the KPI read warmed up first (%d reads): the first took %d ms, the last %d ms",
                50 * campaigns.size(), first, last);
    }

    void start() {
        startedMillis = System.currentTimeMillis();
        running = true;
        for (UUID campaign : campaigns) {
            Thread t = new Thread(() -> probe(campaign), "kpi-visibility-" + campaign);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Stops after each thread's current sample (or its give-up time). */
    void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(GIVE_UP_MS + 10_000);
        }
    }

    /** The probe's events: each a distinct impression, part of the totals PostgreSQL must hold. */
    synchronized ActivityTotals sent() {
        return new ActivityTotals(sent, sent, 0, 0, 0);
    }

    synchronized String describe() {
        long[] sorted = samples.stream().mapToLong(Sample::latencyMs).sorted().toArray();
        return String.format("p50 %d ms, p99 %d ms, max %d ms (%,d samples over %d probe campaigns, polled every %d ms%s)",
                percentile(sorted, 50), percentile(sorted, 99), sorted.length == 0 ? -1 : sorted[sorted.length - 1],
                sorted.length, campaigns.size(), POLL_MS, lost == 0 ? "" : String.format("; %d NOT visible within %d s",
                        lost, GIVE_UP_MS / 1000))
                + "; slowest three sent at " + slowestThree() + "; " + firstAndAfter();
    }

    /**
     * Each campaign's first sample meets the stream's restart (the phase starts it: re-seek and id window read from
     * PostgreSQL); the rest is the running stream. Both are printed, neither is dropped.
     */
    private String firstAndAfter() {
        String first = samples.stream().filter(s -> s.number() == 1)
                .map(s -> s.latencyMs() + " ms (send and flush " + s.flushMs() + " ms)").toList().toString();
        long[] after = samples.stream().filter(s -> s.number() > 1).mapToLong(Sample::latencyMs).sorted().toArray();
        return String.format("each campaign's first sample %s; the samples after them p50 %d ms, p99 %d ms, max %d ms",
                first, percentile(after, 50), percentile(after, 99), after.length == 0 ? -1 : after[after.length - 1]);
    }

    private String slowestThree() {
        return samples.stream().sorted(Comparator.comparingLong(Sample::latencyMs).reversed()).limit(3)
                .map(s -> String.format("+%.1f s (%d ms)", s.sentMs() / 1000.0, s.latencyMs())).toList().toString();
    }

    private void probe(UUID campaign) {
        long shown = 0;
        try (ActivityFeed feed = new ActivityFeed()) {
            while (running) {
                long start = System.currentTimeMillis();
                feed.send(ActivityFeed.record(ActivityFeed.impressions(campaign, 1, Instant.now())));
                feed.flush();
                long flushed = System.currentTimeMillis();
                synchronized (this) {
                    sent++;
                }
                long expected = ++shown;
                while (impressions(campaign) < expected) {
                    if (System.currentTimeMillis() - start > GIVE_UP_MS) {
                        synchronized (this) {
                            lost++;
                        }
                        return;
                    }
                    LockSupport.parkNanos(POLL_MS * 1_000_000);
                }
                synchronized (this) {
                    samples.add(new Sample(start - startedMillis, System.currentTimeMillis() - start, shown, flushed - start));
                }
            }
        }
    }

    private static long impressions(UUID campaign) {
        return Api.viewer().queryParam("campaignId", campaign.toString()).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath().getLong("kpis.impressions");
    }

    /** One sample: sent this many ms after start(), visible after latencyMs, its campaign's number-th; flushMs of it the send. */
    private record Sample(long sentMs, long latencyMs, long number, long flushMs) {
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1))];
    }
}
