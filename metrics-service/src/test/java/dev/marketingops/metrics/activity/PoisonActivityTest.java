package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * One event that cannot be counted never stops counting: out-of-bounds values are refused by the schema (DLQ on Kafka,
 * a per-event rejection over REST), and a valid event the database still refuses (a rollup cell that would overflow
 * its bigint column) is isolated by splitting the batch and dead-lettered, while 10,000 good events around the poison
 * records, on Kafka and over REST, are counted exactly once.
 */
@QuarkusTest
class PoisonActivityTest {

    private static final Instant HOUR = Instant.parse("2026-04-01T09:00:00Z");

    @Inject
    Rollups rollups;

    @Inject
    EntityManager em;

    @Test
    void poisonOnKafkaAndOverRestIsDeadLetteredWhileTenThousandGoodEventsAreCountedExactly() {
        // Ten campaigns, so the good events spread over every partition, with the poison ones in their midst.
        List<UUID> campaigns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            campaigns.add(UUID.randomUUID());
        }
        UUID full = UUID.randomUUID();
        // A cell that already holds nearly what its bigint column can: one more impression batch overflows it.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into activity_rollup (campaign_id, bucket_start, channel, journey_stage, impressions, activities)
                values (?1, ?2, 'SOCIAL', 'AWARENESS', 9223372036854775000, 0)""")
                .setParameter(1, full).setParameter(2, HOUR).executeUpdate());

        List<ProducerRecord<String, byte[]>> kafka = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            kafka.add(ActivityFeed.record(ActivityFeed.impressions(campaigns.get(i % 10), 1 + i % 3, HOUR.plusSeconds(i))));
            if (i == 2_500) {
                kafka.add(ActivityFeed.record(ActivityFeed.impressions(full, 1_000_000_000, HOUR.plusSeconds(5))));
            }
        }
        String overflowOnKafka = ActivityFeed.eventId(kafka.get(2_501));
        String hugeSpendOnKafka = UUID.randomUUID().toString();
        KafkaTestClient client = new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(kafka.subList(0, 1_000));
            // The example: a SPEND of 1e32, which overflows numeric(38,6), straight onto the topic.
            client.publish(Topics.MARKETING_ACTIVITY, campaigns.get(0).toString(), Map.of("ce_specversion", "1.0",
                    "ce_id", hugeSpendOnKafka, "ce_source", "/tools/hostile", "ce_type", ActivityRecorded.TYPE,
                    "content-type", "application/json"), spend(campaigns.get(0), "1e32").getBytes(StandardCharsets.UTF_8));
            feed.sendAll(kafka.subList(1_000, kafka.size()));
        }

        StringBuilder first = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 2_500; i++) {
            first.append(impressions(campaigns.get(i % 10), 1 + i % 3, i)).append(',');
        }
        first.append(impressions(full, 1_000_000_000, 7)).append(']').append('}');
        var report = Api.as("tool-ingest").contentType("application/json").body(first.toString())
                .post("/api/v1/activity").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("accepted")).isEqualTo(2_501);
        String overflowOverRest = report.getString("acceptedEvents[2500].eventId");
        Api.as("tool-ingest").contentType("application/json")
                .body("{\"events\":[" + spend(campaigns.get(1), "1e32") + "]}").post("/api/v1/activity")
                .then().statusCode(200).extract().jsonPath();
        StringBuilder second = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 2_500; i++) {
            second.append(i == 0 ? "" : ",").append(impressions(campaigns.get(i % 10), 1 + i % 3, 3_000 + i));
        }
        Api.as("tool-ingest").contentType("application/json").body(second.append("]}").toString())
                .post("/api/v1/activity").then().statusCode(200);

        await().atMost(Duration.ofSeconds(90)).until(rollups::caughtUp);

        long expected = 0;
        for (int i = 0; i < 5_000; i++) {
            expected += 1 + i % 3;
        }
        for (int i = 0; i < 2_500; i++) {
            expected += 2 * (1 + i % 3);
        }
        long counted = campaigns.stream().mapToLong(c -> rollups.total(c, "impressions")).sum();
        assertThat(counted).isEqualTo(expected);
        assertThat(campaigns.stream().mapToLong(c -> rollups.total(c, "activities")).sum()).isEqualTo(expected);
        assertThat(rollups.total(full, "impressions")).isEqualTo(9223372036854775000L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from money_rollup where campaign_id = ?1").setParameter(1, campaigns.get(0))
                .getSingleResult()).longValue())).isZero();

        Map<String, ConsumerRecord<String, byte[]>> parked = client.readAll(Topics.dlq(Topics.MARKETING_ACTIVITY)).stream()
                .filter(r -> Set.of(overflowOnKafka, overflowOverRest, hugeSpendOnKafka)
                        .contains(KafkaTestClient.header(r, "ce_id")))
                .collect(Collectors.toMap(r -> KafkaTestClient.header(r, "ce_id"), r -> r, (a, b) -> a));
        assertThat(parked).containsOnlyKeys(overflowOnKafka, overflowOverRest, hugeSpendOnKafka);
        for (String unwritable : List.of(overflowOnKafka, overflowOverRest)) {
            assertThat(KafkaTestClient.header(parked.get(unwritable), DeadLetters.REASON_CODE)).isEqualTo("UNWRITABLE");
            assertThat(KafkaTestClient.header(parked.get(unwritable), DeadLetters.REASON)).contains("out of range");
        }
        assertThat(KafkaTestClient.header(parked.get(hugeSpendOnKafka), DeadLetters.REASON_CODE)).isEqualTo("SCHEMA_VIOLATION");
        assertThat(KafkaTestClient.header(parked.get(hugeSpendOnKafka), DeadLetters.REASON)).contains("amount");
    }

    @Test
    void restRefusesAnAmountOrCountBeyondWhatTheRollupsHold() {
        UUID campaign = UUID.randomUUID();
        var report = Api.as("tool-ingest").contentType("application/json")
                .body("{\"events\":[" + spend(campaign, "1e32") + "," + spend(campaign, "0.0000001") + ","
                        + impressions(campaign, 1_000_000_001L, 0) + "," + spend(campaign, "999999999999.999999") + "]}")
                .post("/api/v1/activity").then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("rejectedEvents.index", Integer.class)).containsExactly(0, 1, 2);
        assertThat(report.getString("rejectedEvents[0].reasons[0].field")).contains("amount");
        assertThat(report.getString("rejectedEvents[1].reasons[0].field")).contains("amount");
        assertThat(report.getString("rejectedEvents[2].reasons[0].field")).contains("count");
        assertThat(report.getList("acceptedEvents.index", Integer.class)).containsExactly(3);
    }

    private static String impressions(UUID campaign, long count, int second) {
        return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"SOCIAL\",\"kind\":\"IMPRESSION\",\"count\":" + count
                + ",\"occurredAt\":\"" + HOUR.plusSeconds(second) + "\",\"journeyStage\":\"AWARENESS\"}";
    }

    private static String spend(UUID campaign, String amount) {
        return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"SOCIAL\",\"kind\":\"SPEND\",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"occurredAt\":\"" + HOUR
                + "\",\"journeyStage\":\"AWARENESS\"}";
    }
}
