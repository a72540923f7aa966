package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.journeys.app.TouchpointMaintenance;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.metrics.journeys.domain.TouchpointPartitions;
import dev.marketingops.metrics.support.ActivityFeed;
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

/** Touchpoints: pseudonymised, exactly once with the rollups, partitioned with retention, erased on request. */
@QuarkusTest
class JourneyStorageTest {

    @Inject
    Rollups rollups;
    @Inject
    Touchpoints touchpoints;
    @Inject
    CustomerPseudonym pseudonym;
    @Inject
    TouchpointPartitions partitions;
    @Inject
    TouchpointMaintenance maintenance;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    static ActivityRecorded touch(UUID campaign, ActivityKind kind, Instant at, String customer) {
        return new ActivityRecorded(campaign, Channel.EMAIL, kind, 1L, null, null, at, JourneyStage.CONSIDERATION, customer);
    }

    @Test
    void storesPseudonymisedTouchpointsExactlyOnceBesideTheRollups() {
        UUID campaign = UUID.randomUUID();
        String customer = "cust-" + UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(3));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(ActivityFeed.record(touch(campaign, ActivityKind.CLICK, at.plusSeconds(i), customer)));
        }
        // No customer reference: counted in the rollups, no touchpoint.
        records.add(ActivityFeed.record(touch(campaign, ActivityKind.CLICK, at, null)));
        // Every record delivered a second time with its own event id: the copies count and store nothing.
        List<ProducerRecord<String, byte[]>> twice = new ArrayList<>(records);
        twice.addAll(records);
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(twice);
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);

        assertThat(rollups.total(campaign, "clicks")).isEqualTo(4);
        assertThat(touchpoints.count(campaign)).isEqualTo(3);
        assertThat(touchpoints.countOf(pseudonym.of(customer))).isEqualTo(3);
        assertThat(touchpoints.rowsAsText(campaign)).noneMatch(row -> row.contains(customer));
    }

    @Test
    void erasureDeletesEveryTouchpointOfTheCustomerOnce() {
        UUID campaign = UUID.randomUUID();
        String erased = "erase-me-" + UUID.randomUUID();
        String kept = "keep-me-" + UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(20));
        try (ActivityFeed feed = new ActivityFeed()) {
            // Far apart in time, so in different weekly partitions.
            feed.sendAll(List.of(ActivityFeed.record(touch(campaign, ActivityKind.IMPRESSION, at, erased)),
                    ActivityFeed.record(touch(campaign, ActivityKind.CLICK, at.plus(Duration.ofDays(15)), erased)),
                    ActivityFeed.record(touch(campaign, ActivityKind.CLICK, at, kept))));
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(touchpoints.count(campaign)).isEqualTo(3);
        double before = registry.counter("marketingops.journeys.erasures").count();

        UUID request = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Touchpoints.requestErasure(erased, request, eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> touchpoints.countOf(pseudonym.of(erased)) == 0);
        assertThat(touchpoints.countOf(pseudonym.of(kept))).isEqualTo(1);

        // The same request delivered again is recognised (inbox); a new request for the customer finds nothing left.
        Touchpoints.requestErasure(erased, request, eventId);
        Touchpoints.requestErasure(erased, UUID.randomUUID(), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.counter("marketingops.journeys.erasures").count() == before + 2);
        assertThat(touchpoints.count(campaign)).isEqualTo(1);
        assertThat(rollups.total(campaign, "activities")).isEqualTo(3);
    }

    @Test
    void weeklyPartitionsCoverTheRetentionAndOlderOnesAreDropped() {
        Instant now = clock.instant();
        TouchpointPartitions.Range covered = partitions.covered();
        assertThat(covered.from()).isBeforeOrEqualTo(now.minus(Duration.ofDays(180)));
        assertThat(covered.to()).isAfterOrEqualTo(now.plus(Duration.ofDays(56)));

        // A week past the retention (as left by a longer retention before) is dropped by the next maintenance.
        Instant old = now.minus(Duration.ofDays(400));
        partitions.maintain(old, old.plus(Duration.ofDays(1)), Instant.EPOCH);
        assertThat(touchpoints.partitions()).hasSizeGreaterThan(34);
        int withOld = touchpoints.partitions().size();
        maintenance.maintain();
        assertThat(touchpoints.partitions()).hasSize(withOld - 1);

        // Activity older than the retention still counts in the rollups, but keeps no touchpoint.
        UUID campaign = UUID.randomUUID();
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(touch(campaign, ActivityKind.CLICK, now.minus(Duration.ofDays(200)), "late-" + campaign))));
        }
        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(1);
        assertThat(touchpoints.count(campaign)).isZero();
    }
}
