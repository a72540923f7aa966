package dev.marketingops.plumbing.inbox;

import dev.marketingops.contracts.EventPayload;
import java.time.OffsetDateTime;

/** A decoded, schema-valid event handed to a consumer's handler, with where it came from. */
public record ReceivedEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            EventPayload payload, String topic, int partition, long offset) {
}
