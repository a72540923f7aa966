package dev.marketingops.metrics.activity.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** CloudEvent ids as 16-byte dedup keys: a UUID id as is, any other string as its name-based UUID. */
public final class EventIds {

    private EventIds() {
    }

    public static UUID key(String eventId) {
        if (eventId.length() == 36) {
            try {
                return UUID.fromString(eventId);
            } catch (IllegalArgumentException e) {
                // not a UUID after all: fall through to the name-based key
            }
        }
        return UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8));
    }
}
