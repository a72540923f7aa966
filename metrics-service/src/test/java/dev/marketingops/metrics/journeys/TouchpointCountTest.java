package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.RollbackOnce;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.Touchpoints;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The touchpoint counter counts what committed: a batch rolled back and read again is counted once. */
@QuarkusTest
class TouchpointCountTest {

    @Inject
    Rollups rollups;
    @Inject
    Touchpoints touchpoints;
    @Inject
    RollbackOnce rollbackOnce;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    @Test
    void aRolledBackBatchIsCountedOnlyWhenItCommits() {
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        double before = stored();
        UUID campaign = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(ActivityFeed.record(JourneyStorageTest.touch(campaign, ActivityKind.CLICK, at.plusSeconds(i),
                    "cust-" + UUID.randomUUID())));
        }
        rollbackOnce.arm(campaign);
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(records);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> touchpoints.count(campaign) == 3);
        assertThat(rollbackOnce.fired()).as("the first batch with the campaign's touchpoints rolled back").isTrue();

        // A later marker: once its touchpoint is counted, the counts of every earlier commit are in.
        UUID marker = UUID.randomUUID();
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(JourneyStorageTest.touch(marker, ActivityKind.CLICK, at, "cust-marker"))));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> touchpoints.count(marker) == 1 && stored() >= before + 4);
        assertThat(stored() - before).isEqualTo(4);
    }

    private double stored() {
        return registry.counter("marketingops.journeys.touchpoints", "outcome", "stored").count();
    }
}
