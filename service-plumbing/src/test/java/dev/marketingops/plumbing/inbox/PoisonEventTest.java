package dev.marketingops.plumbing.inbox;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.plumbing.deadletter.DeadLetters;
import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import dev.marketingops.plumbing.support.Poison;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A well-formed event whose effect the database refuses (numeric overflow, a check constraint) is not transient: after
 * bounded tries it goes to the DLQ with the database's reason, and the events behind it on the partition are applied.
 */
@QuarkusTest
class PoisonEventTest {

    @Inject
    Completions completions;

    @Inject
    Poison poison;

    @Test
    void anEffectTheDatabaseRefusesIsDeadLetteredWithItsReasonAndTheConsumerMovesOn() {
        String key = UUID.randomUUID().toString();
        UUID overflow = poison.launch("overflow");
        UUID constraint = poison.launch("constraint");
        UUID marker = UUID.randomUUID();
        ProducerRecord<String, byte[]> overflowing = Events.launchCompleted(overflow, key);
        ProducerRecord<String, byte[]> violating = Events.launchCompleted(constraint, key);
        kafka().publish(overflowing);
        kafka().publish(violating);
        kafka().publish(Events.launchCompleted(marker, key));

        // The marker comes after both on the same partition: once it is applied, both poison records were handled.
        await().atMost(Duration.ofSeconds(30)).until(() -> completions.timesApplied(marker) == 1);
        assertThat(completions.timesApplied(overflow)).isZero();
        assertThat(completions.timesApplied(constraint)).isZero();
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(10)).until(
                () -> kafka().readMatching("roadmap.launches.dlq", r -> key.equals(r.key())), r -> r.size() == 2);
        Map<String, ConsumerRecord<String, byte[]>> byId = parked.stream()
                .collect(Collectors.toMap(r -> header(r, "ce_id"), r -> r));
        assertParked(byId.get(new String(overflowing.headers().lastHeader("ce_id").value())), "numeric field overflow");
        assertParked(byId.get(new String(violating.headers().lastHeader("ce_id").value())), "check constraint");
    }

    private static void assertParked(ConsumerRecord<String, byte[]> record, String reasonMentions) {
        assertThat(record).isNotNull();
        assertThat(header(record, DeadLetters.REASON_CODE)).isEqualTo("PROCESSING_FAILED");
        assertThat(header(record, DeadLetters.REASON)).contains(reasonMentions);
        assertThat(header(record, DeadLetters.CONSUMER)).isEqualTo("plumbing-test.completions");
    }
}
