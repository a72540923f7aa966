package dev.marketingops.plumbing.deadletter;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Malformed, schema-invalid and unknown-type events go to the DLQ with the reason; the next good event is applied. */
@QuarkusTest
class DeadLetterTest {

    @Inject
    Completions completions;

    @Test
    void unusableEventsAreParkedWithTheirReasonAndTheConsumerGoesOn() {
        String key = UUID.randomUUID().toString();
        String malformed = UUID.randomUUID().toString();
        String invalid = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        kafka().publish("roadmap.launches", key, Events.headers(malformed, "dev.marketingops.roadmap.LaunchCompleted.v1", key),
                "{\"launchId\": ".getBytes(StandardCharsets.UTF_8));
        kafka().publish("roadmap.launches", key, Events.headers(invalid, "dev.marketingops.roadmap.LaunchCompleted.v1", key),
                "{\"itemId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8));
        kafka().publish("roadmap.launches", key, Events.headers(unknown, "dev.marketingops.roadmap.LaunchExploded.v1", key),
                "{}".getBytes(StandardCharsets.UTF_8));
        UUID good = UUID.randomUUID();
        kafka().publish(Events.launchCompleted(good, key));

        await().atMost(Duration.ofSeconds(20)).until(() -> completions.timesApplied(good) == 1);
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(10)).until(
                () -> kafka().readMatching("roadmap.launches.dlq", r -> key.equals(r.key())), r -> r.size() == 3);

        Map<String, ConsumerRecord<String, byte[]>> byId = Map.of(
                header(parked.get(0), "ce_id"), parked.get(0),
                header(parked.get(1), "ce_id"), parked.get(1),
                header(parked.get(2), "ce_id"), parked.get(2));
        assertParked(byId.get(malformed), "MALFORMED", "");
        assertParked(byId.get(invalid), "SCHEMA_VIOLATION", "launchId");
        assertParked(byId.get(unknown), "UNKNOWN_TYPE", "LaunchExploded");
    }

    private static void assertParked(ConsumerRecord<String, byte[]> record, String code, String reasonMentions) {
        assertThat(record).isNotNull();
        assertThat(header(record, DeadLetters.REASON_CODE)).isEqualTo(code);
        assertThat(header(record, DeadLetters.REASON)).isNotBlank().contains(reasonMentions);
        assertThat(header(record, DeadLetters.ORIGINAL_TOPIC)).isEqualTo("roadmap.launches");
        assertThat(header(record, DeadLetters.ORIGINAL_PARTITION)).matches("\\d+");
        assertThat(header(record, DeadLetters.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(header(record, DeadLetters.CONSUMER)).isEqualTo("plumbing-test.completions");
    }
}
