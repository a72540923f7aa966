package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.metrics.activity.app.ActivityConsumers;
import dev.marketingops.metrics.activity.app.ActivityIntake;
import dev.marketingops.metrics.activity.app.ActivitySettings;
import dev.marketingops.metrics.activity.app.MarketingActivityConsumer;
import dev.marketingops.metrics.activity.app.PoisonIsolator;
import dev.marketingops.metrics.activity.domain.ActivityStages;
import dev.marketingops.metrics.activity.domain.RollupStore;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.plumbing.progress.ConsumerProgress;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Exactly once whatever the producer's key: a re-sent event is counted once whether the copy comes without a key or
 * with another key (it is forwarded to its campaign's canonical partition, whose id window drops it), also with two
 * consumer instances sharing the partitions; and a REST batch retried with the events' own ids and no
 * Idempotency-Key is counted once.
 */
@QuarkusTest
class AnyKeyExactlyOnceTest {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @Inject
    Rollups rollups;

    @Inject
    ActivityIntake intake;

    @Inject
    RollupStore store;

    @Inject
    ActivityConsumers consumers;

    @Inject
    PoisonIsolator isolator;

    @Inject
    ConsumerProgress progress;

    @Inject
    MeterRegistry registry;

    @Inject
    ActivityStages stages;

    @Inject
    ActivitySettings settings;

    @Test
    void copiesWithoutAKeyOrWithAnotherKeyAreCountedOnceAcrossTwoConsumerInstances() {
        // A second member of the consumer group: the partitions are shared, copies land on partitions either owns.
        MarketingActivityConsumer second = new MarketingActivityConsumer(intake, store, consumers, isolator, progress,
                stages, settings, registry);
        second.start();
        try {
            List<UUID> campaigns = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                campaigns.add(UUID.randomUUID());
            }
            List<ProducerRecord<String, byte[]>> originals = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                originals.add(ActivityFeed.record(ActivityFeed.impressions(campaigns.get(i % 20), 1, AT.plusSeconds(i))));
            }
            List<ProducerRecord<String, byte[]>> copies = new ArrayList<>();
            for (int i = 0; i < originals.size(); i++) {
                ProducerRecord<String, byte[]> o = originals.get(i);
                // Half without a key (spread over partitions by the producer), half keyed by something else entirely.
                String key = i % 2 == 0 ? null : "tool-batch-" + i;
                copies.add(new ProducerRecord<>(o.topic(), null, key, o.value(), o.headers()));
            }
            try (ActivityFeed feed = new ActivityFeed()) {
                feed.sendAll(originals);
                feed.sendAll(copies);
                feed.sendAll(copies);
            }

            await().atMost(Duration.ofSeconds(90)).until(rollups::caughtUp);
            long counted = campaigns.stream().mapToLong(c -> rollups.total(c, "impressions")).sum();
            assertThat(counted).isEqualTo(2_000);
        } finally {
            second.stop();
        }
    }

    @Test
    void copiesArrivingBeforeTheirOriginalAreCountedOnce() {
        UUID campaign = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> originals = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> unkeyed = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ProducerRecord<String, byte[]> o = ActivityFeed.record(ActivityFeed.impressions(campaign, 2, AT.plusSeconds(i)));
            originals.add(o);
            unkeyed.add(new ProducerRecord<>(o.topic(), (Integer) null, (String) null, o.value(), o.headers()));
        }
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(unkeyed);
            feed.sendAll(originals);
        }

        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(1_000);
    }

    @Test
    void aRestBatchRetriedWithTheSameEventIdsAndNoIdempotencyKeyIsCountedOnce() {
        UUID campaign = UUID.randomUUID();
        StringBuilder body = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 300; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"campaignId\":\"")
                    .append(campaign).append("\",\"channel\":\"EMAIL\",\"kind\":\"CLICK\",\"count\":2,\"occurredAt\":\"")
                    .append(AT.plusSeconds(i)).append("\",\"journeyStage\":\"CONSIDERATION\"}");
        }
        body.append("]}");

        for (int attempt = 0; attempt < 3; attempt++) {
            Api.as("tool-ingest").contentType("application/json").body(body.toString()).post("/api/v1/activity")
                    .then().statusCode(200).extract().jsonPath().getInt("accepted");
        }

        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(600);
    }

    @Test
    void restRefusesUnknownFieldsNamingThemAndBadIds() {
        UUID campaign = UUID.randomUUID();
        String good = "{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"CLICK\","
                + "\"occurredAt\":\"2026-06-01T08:00:00Z\",\"journeyStage\":\"CONSIDERATION\"";
        Api.as("tool-ingest").contentType("application/json")
                .body("{\"events\":[" + good + "}," + good + ",\"colour\":\"red\"}]}").post("/api/v1/activity")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("events[1].colour"));

        var report = Api.as("tool-ingest").contentType("application/json")
                .body("{\"events\":[" + good + ",\"id\":42}," + good + ",\"id\":\"a\\u0000b\"},"
                        // a wrong type in place (a duplicate key would sink the whole body: strict JSON, 400)
                        + good.replace("\"EMAIL\"", "true") + "}," + good + ",\"count\":\"3\"}]}")
                .post("/api/v1/activity").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("rejectedEvents.index", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(report.getString("rejectedEvents[0].reasons[0].field")).isEqualTo("$.id");
        assertThat(report.getString("rejectedEvents[1].reasons[0].field")).isEqualTo("$.id");
    }
}
