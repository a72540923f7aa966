package dev.marketingops.metrics.support;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.Topics;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads what the service published on metrics.kpis, decoded (so schema-validated) by the contracts codec. */
public final class KpiEvents {

    private static final EventCodec CODEC = EventCodec.standard();

    private KpiEvents() {
    }

    public static <T extends EventPayload> List<T> of(Class<T> type, UUID scopeId) {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).readAll(Topics.METRICS_KPIS).stream()
                .filter(r -> scopeId.toString().equals(r.key()))
                .map(r -> CODEC.decode(r).payload())
                .filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * As {@link #of}, but each CloudEvent once: what an idempotent consumer acts on. The outbox relay delivers at least
     * once, so a record can reach the topic twice with the same id; an event emitted twice has two ids.
     */
    public static <T extends EventPayload> List<T> distinct(Class<T> type, UUID scopeId) {
        Set<String> seen = new HashSet<>();
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers()).readAll(Topics.METRICS_KPIS).stream()
                .filter(r -> scopeId.toString().equals(r.key()))
                .map(CODEC::decode)
                .filter(e -> seen.add(e.id()))
                .map(DecodedEvent::payload)
                .filter(type::isInstance).map(type::cast).toList();
    }
}
