package dev.marketingops.metrics.benchmark;

import dev.marketingops.metrics.activity.domain.ActivityBatchCommitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Observes committed activity batches: how many events were counted when, and each one's produce-to-visible latency. */
@ApplicationScoped
public class BatchLog {

    private final AtomicLong counted = new AtomicLong();
    private volatile long firstCommit;
    private volatile long lastCommit;
    private long[] latencies = new long[0];
    private int latencyCount;
    private volatile boolean recordingLatency;

    void onBatch(@Observes ActivityBatchCommitted batch) {
        if (batch.counted() == 0) {
            return;
        }
        if (firstCommit == 0) {
            firstCommit = batch.committedAt();
        }
        lastCommit = batch.committedAt();
        counted.addAndGet(batch.counted());
        if (recordingLatency) {
            synchronized (this) {
                if (latencyCount + batch.producedAt().length > latencies.length) {
                    latencies = Arrays.copyOf(latencies, Math.max(latencies.length * 2, latencyCount + batch.producedAt().length));
                }
                for (long produced : batch.producedAt()) {
                    latencies[latencyCount++] = batch.committedAt() - produced;
                }
            }
        }
    }

    public synchronized void reset(boolean withLatency) {
        counted.set(0);
        firstCommit = 0;
        lastCommit = 0;
        latencies = new long[0];
        latencyCount = 0;
        recordingLatency = withLatency;
    }

    public long counted() {
        return counted.get();
    }

    public long firstCommit() {
        return firstCommit;
    }

    public long lastCommit() {
        return lastCommit;
    }

    /** The latency at a percentile (0..100) in ms. */
    public synchronized long latencyPercentile(double percentile) {
        if (latencyCount == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
