package dev.marketingops.plumbing.benchmark;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.complete;
import static dev.marketingops.plumbing.support.TrialApi.createLaunch;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static dev.marketingops.plumbing.support.TrialApi.reopen;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures commit-to-publish latency of the outbox over {@code benchmark.events} events (default 500) written one
 * after another: from the moment the REST request that commits the event is sent to the record's timestamp (set when
 * the relay hands it to the producer; same machine, same clock), and the relay's own insert-to-acknowledgement timer.
 * Prints p50/p99/max; asserts nothing about time.
 */
@QuarkusTest
@Tag("benchmark")
class OutboxLatencyBenchmark {

    @Inject
    MeterRegistry registry;

    @Test
    void commitToPublishLatency() {
        int events = Integer.getInteger("benchmark.events", 500);
        UUID launch = createLaunch();
        Map<String, Long> committedAt = new HashMap<>();
        for (int i = 0; i < events; i++) {
            // Taken before the request: the commit happens inside it, so nothing is measured from after it.
            long requestSent = System.currentTimeMillis();
            committedAt.put(complete(launch), requestSent);
            reopen(launch);
        }
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofMinutes(2)).until(
                () -> kafka().readMatching("roadmap.launches", r -> launch.toString().equals(r.key())),
                r -> r.size() >= events);
        List<Long> endToEnd = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Long committed = committedAt.get(header(record, "ce_id"));
            if (committed != null) {
                // Includes the request's own work before the commit: an upper bound on commit-to-publish, never clamped.
                endToEnd.add(record.timestamp() - committed);
            }
        }
        endToEnd.sort(Long::compare);
        Timer relay = registry.find("marketingops.outbox.commit.to.publish").timer();
        System.out.printf("%nOutbox benchmark: %d events, one at a time through REST%n", events);
        System.out.printf("  REST request sent (commit inside) -> relay sends the record (ms), %d samples: min=%d p50=%d p99=%d max=%d%n",
                endToEnd.size(), endToEnd.get(0), percentile(endToEnd, 0.50), percentile(endToEnd, 0.99),
                endToEnd.get(endToEnd.size() - 1));
        for (ValueAtPercentile p : relay.takeSnapshot().percentileValues()) {
            System.out.printf("  outbox insert -> broker ack, relay's own timer: p%.0f=%.1f ms%n",
                    p.percentile() * 100, p.value(TimeUnit.MILLISECONDS));
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
