package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.metrics.activity.app.MarketingActivityConsumer;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Exactly-once counting: a duplicated event id is counted once, wherever its copy lands. */
@QuarkusTest
class DuplicateDeliveryTest {

    @Inject
    Rollups rollups;

    @Inject
    MarketingActivityConsumer stream;

    @Test
    void everyEventDeliveredTwiceIsCountedOnce() {
        UUID campaign = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-02T10:15:00Z");
        List<ProducerRecord<String, byte[]>> originals = new ArrayList<>();
        long expectedImpressions = 0;
        for (int i = 0; i < 3_000; i++) {
            long count = 1 + i % 7;
            expectedImpressions += count;
            originals.add(ActivityFeed.record(ActivityFeed.impressions(campaign, count, at.plusSeconds(i))));
        }
        List<ProducerRecord<String, byte[]>> twice = new ArrayList<>(originals);
        twice.addAll(originals);
        // The copies arrive in another order and in other batches than their originals.
        Collections.shuffle(twice, new Random(42));

        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(twice);
        }

        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(expectedImpressions);
        assertThat(rollups.total(campaign, "activities")).isEqualTo(expectedImpressions);
    }

    @Test
    void copiesArrivingAfterTheConsumerRestartedAreStillCountedOnce() {
        UUID campaign = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-02T11:00:00Z");
        List<ProducerRecord<String, byte[]>> originals = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            originals.add(ActivityFeed.record(ActivityFeed.impressions(campaign, 2, at.plusSeconds(i))));
        }
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(originals);
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);

        // A new consumer instance rebuilds its id window from the id log stored with the rollups.
        stream.stop();
        stream.start();
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(originals);
        }

        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(1_000);
    }
}
