package dev.marketingops.roadmap.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import java.net.URI;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes events as the other services would: CloudEvents built with the contracts codec. */
public final class Upstream {

    private static final EventCodec CODEC = EventCodec.standard();

    private Upstream() {
    }

    public static ProducerRecord<String, byte[]> record(EventPayload payload) {
        return CODEC.toProducerRecord(CODEC.toCloudEvent(payload, URI.create("/tests/roadmap")), payload.partitionKey());
    }

    public static void publish(EventPayload payload) {
        Published.kafka().publish(record(payload));
    }
}
