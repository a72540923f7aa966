package dev.marketingops.contracts;

import io.cloudevents.CloudEvent;

/**
 * An event read off Kafka: its envelope, its contract and its validated, typed payload.
 *
 * @param cloudEvent the envelope (id for deduplication, source, time, subject, raw data)
 * @param contract   the catalog entry of its type
 * @param payload    the data as its payload record
 */
public record DecodedEvent(CloudEvent cloudEvent, EventContract contract, EventPayload payload) {

    /** The CloudEvent id: unique per event, the key consumers deduplicate on. */
    public String id() {
        return cloudEvent.getId();
    }

    public String type() {
        return cloudEvent.getType();
    }

    /** The payload as the given record class; throws IllegalStateException if the event is another type. */
    public <T extends EventPayload> T payloadAs(Class<T> payloadClass) {
        if (!payloadClass.isInstance(payload)) {
            throw new IllegalStateException("event " + id() + " is " + type() + ", not " + payloadClass.getSimpleName());
        }
        return payloadClass.cast(payload);
    }
}
