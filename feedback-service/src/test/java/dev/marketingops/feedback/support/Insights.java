package dev.marketingops.feedback.support;

import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads what the service published, decoding every record with the contracts codec: decoding validates against the
 * JSON Schema, so an invalid event fails the test that reads it.
 */
public final class Insights {

    private static final EventCodec CODEC = EventCodec.standard();

    private Insights() {
    }

    public static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
    }

    /** Every event of the payload type on the topic that matches, decoded and validated. */
    public static <T extends EventPayload> List<T> events(String topic, Class<T> type, Predicate<T> filter) {
        return kafka().readAll(topic).stream()
                .map(Insights::decode)
                .filter(e -> type.isInstance(e.payload()))
                .map(e -> e.payloadAs(type))
                .filter(filter)
                .toList();
    }

    /** Waits until at least {@code count} matching events are on the topic and answers all of them. */
    public static <T extends EventPayload> List<T> awaitEvents(String topic, Class<T> type, Predicate<T> filter, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> events(topic, type, filter), events -> events.size() >= count);
    }

    public static <T extends EventPayload> T awaitEvent(String topic, Class<T> type, Predicate<T> filter) {
        return awaitEvents(topic, type, filter, 1).get(0);
    }

    public static DecodedEvent decode(ConsumerRecord<String, byte[]> record) {
        return CODEC.decode(record);
    }
}
