package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Unusable activity goes to marketing.activity.dlq with its reason, and the stream goes on counting. */
@QuarkusTest
class ActivityDeadLetterTest {

    @Inject
    Rollups rollups;

    @Inject
    dev.marketingops.metrics.campaigns.domain.CampaignDirectory directory;

    @Test
    void invalidEventsAreParkedWithTheirReasonAndTheRestIsCounted() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("100", "EUR"));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.budgetCurrency(campaign).isPresent());
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
        String broken = UUID.randomUUID().toString();
        String negative = UUID.randomUUID().toString();
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(broken), "{not json".getBytes(StandardCharsets.UTF_8));
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(negative), ("{\"campaignId\":\"" + campaign
                + "\",\"channel\":\"EMAIL\",\"kind\":\"SPEND\",\"amount\":-1,\"currency\":\"EUR\","
                + "\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"AWARENESS\"}").getBytes(StandardCharsets.UTF_8));
        String dollars = UUID.randomUUID().toString();
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(
                    ActivityFeed.record(ActivityRecorded.money(campaign, dev.marketingops.contracts.common.Channel.EMAIL,
                            dev.marketingops.contracts.common.ActivityKind.SPEND, Money.of("5", "USD"),
                            Instant.parse("2026-03-01T10:00:00Z"), dev.marketingops.contracts.common.JourneyStage.AWARENESS),
                            dollars),
                    ActivityFeed.record(ActivityFeed.impressions(campaign, 9, Instant.parse("2026-03-01T10:00:00Z")))));
        }

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(9);
        Map<String, ConsumerRecord<String, byte[]>> parked = kafka.readAll(Topics.dlq(Topics.MARKETING_ACTIVITY)).stream()
                .filter(r -> campaign.toString().equals(r.key()))
                .collect(Collectors.toMap(r -> KafkaTestClient.header(r, "ce_id"), r -> r, (a, b) -> a));
        assertThat(parked).containsOnlyKeys(broken, negative, dollars);
        assertThat(KafkaTestClient.header(parked.get(broken), DeadLetters.REASON_CODE)).isEqualTo("MALFORMED");
        assertThat(KafkaTestClient.header(parked.get(negative), DeadLetters.REASON_CODE)).isEqualTo("SCHEMA_VIOLATION");
        assertThat(KafkaTestClient.header(parked.get(negative), DeadLetters.REASON)).contains("amount");
        assertThat(KafkaTestClient.header(parked.get(dollars), DeadLetters.REASON_CODE)).isEqualTo("CURRENCY_MISMATCH");
        assertThat(KafkaTestClient.header(parked.get(dollars), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.MARKETING_ACTIVITY);
    }

    @Test
    void aCustomerRefWithANulOrOnlyBlanksIsParkedNamingIt() {
        UUID campaign = UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
        String nul = UUID.randomUUID().toString();
        String blank = UUID.randomUUID().toString();
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(nul), clickBy(campaign, "nul\\u0000ref"));
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(blank), clickBy(campaign, "   "));
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(UUID.randomUUID().toString()),
                clickBy(campaign, "cust-42"));

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(1);
        Map<String, ConsumerRecord<String, byte[]>> parked = kafka.readAll(Topics.dlq(Topics.MARKETING_ACTIVITY)).stream()
                .filter(r -> campaign.toString().equals(r.key()))
                .collect(Collectors.toMap(r -> KafkaTestClient.header(r, "ce_id"), r -> r, (a, b) -> a));
        assertThat(parked).containsOnlyKeys(nul, blank);
        // A NUL is refused with every payload's text (contracts' PayloadBounds); blanks by the activity's own rule.
        assertThat(KafkaTestClient.header(parked.get(nul), DeadLetters.REASON_CODE)).isEqualTo("SCHEMA_VIOLATION");
        assertThat(KafkaTestClient.header(parked.get(blank), DeadLetters.REASON_CODE)).isEqualTo("REJECTED");
        for (ConsumerRecord<String, byte[]> record : parked.values()) {
            assertThat(KafkaTestClient.header(record, DeadLetters.REASON)).contains("customerRef");
        }
    }

    @Test
    void aTimeOutsideTheYears1To9999OrAnIdWithAControlCharacterIsParkedAndTheStreamGoesOn() {
        UUID campaign = UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
        String late = UUID.randomUUID().toString();
        String early = UUID.randomUUID().toString();
        String nulId = "id\u0000" + UUID.randomUUID();
        // 9999-12-31T23:59:59-18:00 is in year 10000 in UTC, where rollups bucket it.
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(late),
                new String(clickBy(campaign, "cust-1"), StandardCharsets.UTF_8).replaceFirst("2026-03-01T10:00:00Z", "9999-12-31T23:59:59-18:00").getBytes(StandardCharsets.UTF_8));
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(early),
                new String(clickBy(campaign, "cust-1"), StandardCharsets.UTF_8).replaceFirst("2026-03-01T10:00:00Z", "0000-06-01T00:00:00Z").getBytes(StandardCharsets.UTF_8));
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(nulId), clickBy(campaign, "cust-1"));
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), headers(UUID.randomUUID().toString()),
                clickBy(campaign, "cust-42"));

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(1);
        Map<String, String> codes = kafka.readAll(Topics.dlq(Topics.MARKETING_ACTIVITY)).stream()
                .filter(r -> campaign.toString().equals(r.key()))
                .collect(Collectors.toMap(r -> KafkaTestClient.header(r, "ce_id"),
                        r -> KafkaTestClient.header(r, DeadLetters.REASON_CODE), (a, b) -> a));
        assertThat(codes).containsEntry(late, "SCHEMA_VIOLATION").containsEntry(early, "SCHEMA_VIOLATION")
                .containsEntry(nulId, "INVALID_ENVELOPE").hasSize(3);
    }

    @Test
    void aCeTimeBefore2000OrBeyondTheSkewIsParkedNamingItAndTheStreamGoesOn() {
        UUID campaign = UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
        Map<String, String> parkedTimes = new java.util.HashMap<>();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (String time : List.of("0000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", now.plus(Duration.ofDays(30)).toString())) {
            String id = UUID.randomUUID().toString();
            kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), timed(id, time), clickBy(campaign, "cust-1"));
            parkedTimes.put(id, time);
        }
        // A producer an hour ahead is within the default day: counted, on the fast path as through the codec.
        kafka.publish(Topics.MARKETING_ACTIVITY, campaign.toString(), timed(UUID.randomUUID().toString(),
                now.plus(Duration.ofHours(1)).toString()), clickBy(campaign, "cust-42"));

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> parked = kafka.readAll(Topics.dlq(Topics.MARKETING_ACTIVITY)).stream()
                .filter(r -> campaign.toString().equals(r.key())).toList();
        assertThat(parked.stream().collect(Collectors.toMap(r -> KafkaTestClient.header(r, "ce_id"),
                r -> KafkaTestClient.header(r, "ce_time")))).isEqualTo(parkedTimes);
        assertThat(parked).allSatisfy(r -> {
            assertThat(KafkaTestClient.header(r, DeadLetters.REASON_CODE)).isEqualTo("INVALID_ENVELOPE");
            assertThat(KafkaTestClient.header(r, DeadLetters.REASON)).contains("ce_time");
        });
    }

    private static Map<String, String> timed(String id, String time) {
        Map<String, String> headers = new java.util.HashMap<>(headers(id));
        headers.put("ce_time", time);
        return headers;
    }

    private static byte[] clickBy(UUID campaign, String customerRefJson) {
        return ("{\"campaignId\":\"" + campaign + "\",\"channel\":\"EMAIL\",\"kind\":\"CLICK\","
                + "\"occurredAt\":\"2026-03-01T10:00:00Z\",\"journeyStage\":\"CONSIDERATION\",\"customerRef\":\""
                + customerRefJson + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(String id) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/tools/broken", "ce_type",
                ActivityRecorded.TYPE, "content-type", "application/json");
    }
}
