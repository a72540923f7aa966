package dev.marketingops.roadmap.support;

import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** What the service published, read back from the broker and decoded (so schema-validated) with the contracts codec. */
public final class Published {

    private static final EventCodec CODEC = EventCodec.standard();

    private Published() {
    }

    public static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers());
    }

    /** Waits until {@code count} events keyed {@code key} are on {@code topic}, then decodes them in offset order. */
    public static List<DecodedEvent> awaitEvents(String topic, String key, int count) {
        return awaitEvents(topic, key, null, count);
    }

    /**
     * Waits until an event of {@code type} keyed {@code key} satisfies {@code marker}, then answers every event of that
     * type and key in offset order: what came before the marker is complete, so counting it proves "exactly once".
     */
    public static List<DecodedEvent> awaitThrough(String topic, String key, String type, Predicate<DecodedEvent> marker) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> read(topic, key, type),
                events -> events.stream().anyMatch(marker));
    }

    /** As {@link #awaitEvents(String, String, int)}, counting only events of CloudEvent type {@code type} (null: any). */
    public static List<DecodedEvent> awaitEvents(String topic, String key, String type, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> read(topic, key, type), events -> events.size() >= count);
    }

    private static List<DecodedEvent> read(String topic, String key, String type) {
        return kafka().readMatching(topic, r -> key.equals(r.key())
                        && (type == null || type.equals(KafkaTestClient.header(r, "ce_type"))))
                .stream().sorted((a, b) -> Long.compare(a.offset(), b.offset())).map(CODEC::decode).toList();
    }
}
