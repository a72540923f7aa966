package dev.marketingops.plumbing.deadletter;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Records that once stopped a channel or reached the database are dead-lettered with their reason; the channel goes on. */
@QuarkusTest
class HostileRecordsTest {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final String COMPLETED = "dev.marketingops.roadmap.LaunchCompleted.v1";

    @Inject
    Completions completions;

    @Test
    void eachIsParkedWithItsReasonAndTheChannelGoesOn() {
        String key = UUID.randomUUID().toString();
        Map<String, String> expected = new HashMap<>(); // ce_id (or a stand-in) → reason code
        byte[] data = completedData();

        String structured = UUID.randomUUID().toString();
        kafka().publish("roadmap.launches", key, Map.of("content-type", "application/cloudevents+json", "ce_id", structured),
                ("{\"specversion\":\"1.0\",\"id\":\"" + structured + "\",\"source\":\"/probe\",\"type\":\"" + COMPLETED
                        + "\",\"datacontenttype\":\"application/json\",\"data\":" + new String(data, StandardCharsets.UTF_8) + "}")
                        .getBytes(StandardCharsets.UTF_8));
        expected.put(structured, "INVALID_ENVELOPE");

        String badSource = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(Events.headers(badSource, COMPLETED, key));
        headers.put("ce_source", "::: not a uri");
        kafka().publish("roadmap.launches", key, headers, data);
        expected.put(badSource, "INVALID_ENVELOPE");

        for (String id : List.of("abc\u0000def-" + UUID.randomUUID(), "I".repeat(5_000) + UUID.randomUUID())) {
            kafka().publish("roadmap.launches", key, Events.headers(id, COMPLETED, key), data);
            expected.put(id, "INVALID_ENVELOPE");
        }

        ProducerRecord<String, byte[]> yearZero = record(new LaunchCompleted(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), Instant.parse("0000-06-01T00:00:00Z")), key);
        ProducerRecord<String, byte[]> nul = record(new LaunchScheduled(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "Aurora\u0000", LocalDate.of(2026, 9, 1), 1, List.of("DE"),
                List.of(Channel.EMAIL), List.of("smb"), "growth", null, List.of()), key);
        for (ProducerRecord<String, byte[]> record : List.of(yearZero, nul)) {
            kafka().publish(record);
            expected.put(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8), "SCHEMA_VIOLATION");
        }

        UUID marker = UUID.randomUUID();
        kafka().publish(Events.launchCompleted(marker, key));

        await().atMost(Duration.ofSeconds(30)).until(() -> completions.timesApplied(marker) == 1);
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(10)).until(
                () -> kafka().readMatching("roadmap.launches.dlq", r -> key.equals(r.key())), r -> r.size() == expected.size());
        Map<String, String> codes = parked.stream().collect(Collectors.toMap(r -> header(r, "ce_id"),
                r -> header(r, DeadLetters.REASON_CODE)));
        assertThat(codes).isEqualTo(expected);
        assertThat(parked).allSatisfy(r -> assertThat(header(r, DeadLetters.REASON)).isNotBlank());
        assertThat(parked.stream().map(r -> header(r, DeadLetters.REASON)).toList())
                .anySatisfy(reason -> assertThat(reason).contains("structured mode"))
                .anySatisfy(reason -> assertThat(reason).contains("NUL"))
                .anySatisfy(reason -> assertThat(reason).contains("years 1 to 9999"));
    }

    @Test
    void aRecordThatFitsTheTopicButNotWithTheReasonHeadersIsParkedWithoutItsValue() {
        String key = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        // Just under the producer's 1 MiB request limit; the dead letter's reason headers take it over.
        byte[] large = new byte[1_048_576 - 700];
        java.util.Arrays.fill(large, (byte) 'x');
        kafka().publish("roadmap.launches", key, Events.headers(id, COMPLETED, key), large);
        // The same size in a header named like ours, with an empty value: the letter keeps only our own headers.
        Map<String, String> bigHeader = new HashMap<>(Events.headers(UUID.randomUUID().toString(), COMPLETED, key));
        bigHeader.put("dlq-padding", "y".repeat(large.length + 300));
        kafka().publish("roadmap.launches", key, bigHeader, new byte[0]);
        UUID marker = UUID.randomUUID();
        kafka().publish(Events.launchCompleted(marker, key));

        await().atMost(Duration.ofSeconds(30)).until(() -> completions.timesApplied(marker) == 1);
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(10)).until(
                () -> kafka().readMatching("roadmap.launches.dlq", r -> key.equals(r.key())), r -> r.size() == 2);
        assertThat(parked).allSatisfy(letter -> {
            assertThat(header(letter, DeadLetters.REASON_CODE)).isEqualTo("MALFORMED");
            assertThat(header(letter, DeadLetters.VALUE_OMITTED)).contains("too large")
                    .contains("roadmap.launches-" + header(letter, DeadLetters.ORIGINAL_PARTITION) + "@"
                            + header(letter, DeadLetters.ORIGINAL_OFFSET));
            assertThat(letter.value()).isEmpty();
            assertThat(letter.headers().lastHeader("dlq-padding")).isNull();
        });
        assertThat(parked).anySatisfy(letter -> assertThat(header(letter, DeadLetters.VALUE_OMITTED))
                .contains("value " + large.length + " bytes"));
    }

    private static byte[] completedData() {
        return ("{\"launchId\":\"" + UUID.randomUUID() + "\",\"itemId\":\"" + UUID.randomUUID() + "\",\"productId\":\""
                + UUID.randomUUID() + "\",\"completedAt\":\"2026-06-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, byte[]> record(dev.marketingops.contracts.EventPayload payload, String key) {
        return CODEC.toProducerRecord(CODEC.toCloudEvent(payload, URI.create("/tests/plumbing")), key);
    }
}
