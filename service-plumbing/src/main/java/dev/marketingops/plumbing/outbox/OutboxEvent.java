package dev.marketingops.plumbing.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event as the outbox stores it: CloudEvent attributes, the Kafka topic and key, and the JSON data. */
public record OutboxEvent(UUID eventId, String topic, String key, String type, String source, String subject,
                          OffsetDateTime occurredAt, String payloadJson) {
}
