package dev.marketingops.plumbing.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds events the way an outside producer would, with the contracts codec or by hand for broken ones. */
public final class Events {

    private static final EventCodec CODEC = EventCodec.standard();

    private Events() {
    }

    public static ProducerRecord<String, byte[]> launchCompleted(UUID launch) {
        return launchCompleted(launch, launch.toString());
    }

    /** A valid LaunchCompleted sent under another key, to share a partition with other test records. */
    public static ProducerRecord<String, byte[]> launchCompleted(UUID launch, String key) {
        LaunchCompleted payload = new LaunchCompleted(launch, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
        return CODEC.toProducerRecord(CODEC.toCloudEvent(payload, URI.create("/tests/plumbing")), key);
    }

    /** Binary-mode CloudEvent headers with any type, for records whose data is broken on purpose. */
    public static Map<String, String> headers(String id, String type, String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/tests/plumbing", "ce_type", type,
                "ce_subject", subject, "content-type", "application/json");
    }
}
