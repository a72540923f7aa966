package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rollups bucket by event time: late and out-of-order events land in their own hour. */
@QuarkusTest
class LateEventsTest {

    @Inject
    Rollups rollups;

    @Test
    void lateAndOutOfOrderEventsLandInTheirEventTimeHour() {
        UUID campaign = UUID.randomUUID();
        Instant tenOClock = Instant.parse("2026-05-10T10:00:00Z");
        Instant threeDaysEarlier = Instant.parse("2026-05-07T23:00:00Z");
        try (ActivityFeed feed = new ActivityFeed()) {
            // Newest first, then an event three days late, then one from the hour in between.
            feed.sendAll(List.of(
                    ActivityFeed.record(ActivityFeed.impressions(campaign, 5, tenOClock.plusSeconds(3_599))),
                    ActivityFeed.record(ActivityFeed.impressions(campaign, 7, threeDaysEarlier.plusSeconds(59 * 60))),
                    ActivityFeed.record(ActivityFeed.impressions(campaign, 11, tenOClock.minusSeconds(1))),
                    ActivityFeed.record(ActivityFeed.impressions(campaign, 13, tenOClock))));
        }

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.impressionsByHour(campaign)).isEqualTo(Map.of(
                tenOClock, 18L,
                Instant.parse("2026-05-10T09:00:00Z"), 11L,
                threeDaysEarlier, 7L));
    }
}
