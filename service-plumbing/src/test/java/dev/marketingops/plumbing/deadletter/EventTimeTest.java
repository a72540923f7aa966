package dev.marketingops.plumbing.deadletter;

import static dev.marketingops.infra.KafkaTestClient.header;
import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/** A CloudEvent time no producer's clock can mean (year 0, +10000, far ahead, before 2000) is parked; the consumer goes on. */
@QuarkusTest
class EventTimeTest {

    private static final EventCodec CODEC = EventCodec.standard();

    @Inject
    Completions completions;

    @Test
    void anAbsurdTimeIsParkedNamingCeTimeAndATimeWithinTheSkewIsApplied() {
        String key = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> parkedTimes = new LinkedHashMap<>(); // ce_id → ce_time
        for (String time : List.of("0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "1999-12-31T23:59:59Z",
                now.plus(Duration.ofDays(30)).toString(), "9999-12-31T23:59:59-18:00")) {
            ProducerRecord<String, byte[]> record = completion(UUID.randomUUID(), key, time);
            kafka().publish(record);
            parkedTimes.put(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8), time);
        }
        UUID slightlyAhead = UUID.randomUUID(); // a producer whose clock runs an hour fast is within the default day
        kafka().publish(completion(slightlyAhead, key, now.plus(Duration.ofHours(1)).toString()));
        UUID marker = UUID.randomUUID();
        kafka().publish(Events.launchCompleted(marker, key));

        await().atMost(Duration.ofSeconds(30)).until(() -> completions.timesApplied(marker) == 1);
        assertThat(completions.timesApplied(slightlyAhead)).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(10)).until(
                () -> kafka().readMatching("roadmap.launches.dlq", r -> key.equals(r.key())), r -> r.size() == parkedTimes.size());
        assertThat(parked.stream().collect(Collectors.toMap(r -> header(r, "ce_id"), r -> header(r, "ce_time"))))
                .isEqualTo(parkedTimes);
        assertThat(parked).allSatisfy(letter -> {
            assertThat(header(letter, DeadLetters.REASON_CODE)).isEqualTo("INVALID_ENVELOPE");
            assertThat(header(letter, DeadLetters.REASON)).contains("time: must be from 2000-01-01T00:00:00Z to PT24H after now")
                    .contains("ce_time");
        });
    }

    /** A valid LaunchCompleted whose ce_time header is replaced by {@code time} as text, as a foreign producer sends it. */
    private static ProducerRecord<String, byte[]> completion(UUID launch, String key, String time) {
        LaunchCompleted payload = new LaunchCompleted(launch, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
        ProducerRecord<String, byte[]> record = CODEC.toProducerRecord(CODEC.toCloudEvent(payload, URI.create("/tests/plumbing")), key);
        record.headers().remove("ce_time");
        record.headers().add(new RecordHeader("ce_time", time.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
