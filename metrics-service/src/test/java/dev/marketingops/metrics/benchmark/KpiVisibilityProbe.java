package dev.marketingops.metrics.benchmark;

import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import java.time.Instant;
import java.util.ArrayList;
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
    private final List<Long> latencies = new ArrayList<>();
    private volatile boolean running;
    private long sent;
    private long lost;

    KpiVisibilityProbe(List<UUID> campaigns) {
        this.campaigns = campaigns;
    }

    void start() {
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
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("p50 %d ms, p99 %d ms, max %d ms (%,d samples over %d probe campaigns, polled every %d ms%s)",
                percentile(sorted, 50), percentile(sorted, 99), sorted.length == 0 ? -1 : sorted[sorted.length - 1],
                sorted.length, campaigns.size(), POLL_MS, lost == 0 ? "" : String.format("; %d NOT visible within %d s",
                        lost, GIVE_UP_MS / 1000));
    }

    private void probe(UUID campaign) {
        long shown = 0;
        try (ActivityFeed feed = new ActivityFeed()) {
            while (running) {
                long start = System.currentTimeMillis();
                feed.send(ActivityFeed.record(ActivityFeed.impressions(campaign, 1, Instant.now())));
                feed.flush();
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
                    latencies.add(System.currentTimeMillis() - start);
                }
            }
        }
    }

    private static long impressions(UUID campaign) {
        return Api.viewer().queryParam("campaignId", campaign.toString()).get("/api/v1/kpis")
                .then().statusCode(200).extract().jsonPath().getLong("kpis.impressions");
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100.0 * sorted.length) - 1))];
    }
}
