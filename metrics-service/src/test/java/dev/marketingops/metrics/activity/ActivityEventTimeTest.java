package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.metrics.support.TestClock;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An occurredAt before 2000 or more than the allowed skew (a day) after the service's clock is parked on
 * marketing.activity.dlq naming it, on the fast reader's path and on the codec's, and never counted.
 */
@QuarkusTest
class ActivityEventTimeTest {

    /** The service's clock during the test: no result depends on the day the build runs. */
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Inject
    Rollups rollups;

    @BeforeEach
    void pinClock() {
        // Records of earlier tests, stamped with today's time, are counted before the clock moves back to March.
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        TestClock.pin(NOW);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void anOccurredAtBefore2000OrBeyondTheSkewIsParkedNamingItOnBothReadPathsAndTheRestIsCounted() {
        UUID campaign = UUID.randomUUID();
        List<Instant> implausible = List.of(NOW.plus(Duration.ofDays(1)).plusMillis(1), // a day and a moment ahead
                Instant.parse("2093-06-01T00:00:00Z"), // seconds read as milliseconds, or a clock decades ahead
                Instant.parse("1999-12-31T23:59:59Z"));
        List<Instant> plausible = List.of(NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(1)),
                Instant.parse("2000-01-01T00:00:00Z"));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        Map<String, Instant> parkedTimes = new HashMap<>();
        for (boolean codecPath : List.of(false, true)) {
            for (Instant at : implausible) {
                ProducerRecord<String, byte[]> record = click(campaign, at, codecPath);
                records.add(record);
                parkedTimes.put(ActivityFeed.eventId(record), at);
            }
            plausible.forEach(at -> records.add(click(campaign, at, codecPath)));
        }
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(records);
        }

        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(2L * plausible.size());
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
        List<ConsumerRecord<String, byte[]>> parked = kafka.readAll(Topics.dlq(Topics.MARKETING_ACTIVITY)).stream()
                .filter(r -> campaign.toString().equals(r.key())).toList();
        assertThat(parked).map(r -> KafkaTestClient.header(r, "ce_id")).containsExactlyInAnyOrderElementsOf(parkedTimes.keySet());
        assertThat(parked).allSatisfy(r -> {
            assertThat(KafkaTestClient.header(r, DeadLetters.REASON_CODE)).isEqualTo("REJECTED");
            assertThat(KafkaTestClient.header(r, DeadLetters.REASON)).startsWith("$.occurredAt: must be from 2000-01-01")
                    .contains(parkedTimes.get(KafkaTestClient.header(r, "ce_id")).toString());
        });
    }

    /**
     * A click at {@code at}; on the codec's path with an extension attribute, which the fast reader leaves to the
     * codec (ActivityFastReaderTest), else on the fast reader's.
     */
    private static ProducerRecord<String, byte[]> click(UUID campaign, Instant at, boolean codecPath) {
        ProducerRecord<String, byte[]> record = ActivityFeed.record(ActivityFeed.clicks(campaign, 1, at));
        if (codecPath) {
            record.headers().add("ce_partitionkey", campaign.toString().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
