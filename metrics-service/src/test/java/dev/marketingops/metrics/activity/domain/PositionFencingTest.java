package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch that starts behind the stored position (a zombie after a rebalance) is rolled back, counts and all. */
@QuarkusTest
class PositionFencingTest {

    private static final String CONSUMER = "fencing-test";

    @Inject
    RollupStore store;

    @Inject
    Rollups rollups;

    @Test
    void aBatchBehindTheStoredPositionIsNotCounted() {
        UUID campaign = UUID.randomUUID();
        String topic = "fencing-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-03-04T05:00:00Z");
        store.commit(CONSUMER, batch(campaign, 3, at, new PartitionRange(topic, 0, 0, 10)));

        // Another member already stored position 10; this one still thinks it starts at 5.
        assertThatThrownBy(() -> store.commit(CONSUMER, batch(campaign, 100, at, new PartitionRange(topic, 0, 5, 12))))
                .isInstanceOf(ConsumerFencedException.class);

        assertThat(rollups.total(campaign, "impressions")).isEqualTo(3);
        assertThat(store.positions(CONSUMER, topic)).containsEntry(0, 10L);
    }

    private static ActivityBatch batch(UUID campaign, long count, Instant at, PartitionRange range) {
        ActivityBatch batch = new ActivityBatch();
        batch.count(range.partition(), new CountedActivity(UUID.randomUUID(), ActivityFeed.impressions(campaign, count, at),
                System.currentTimeMillis(), null));
        batch.cover(range, (int) (range.next() - range.first()));
        return batch;
    }
}
