package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.activity.ActivityRecorded;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.common.header.Headers;

/**
 * The fast path for the one high-volume event, {@link ActivityRecorded} in binary mode: the envelope's headers and the
 * JSON payload read with the schema's rules written out, accepting a strict subset of what {@link EventCodec#decode}
 * accepts and answering {@code null} whenever it is not sure (an error, an extension header, an unknown or repeated
 * field, a number in exponent form, a leap second, ...), so the caller falls back to the codec, which then decides and
 * names the reason. The payload reader is {@link HandWrittenActivityReader} (a byte scanner): a reader on Jackson's
 * streaming parser with the same rules was 39 % slower in the same ingest benchmark run (docs/benchmarks.md) and was
 * removed. {@code ActivityFastReaderTest} checks it against the codec on generated and mutated events. Thread-safe.
 */
public enum ActivityFastReader {

    /** A hand-written one-pass scanner over the bytes: no parser object, no field-name strings. */
    HAND_WRITTEN(HandWrittenActivityReader::payload);

    /**
     * An accepted record: its CloudEvent id's dedup key ({@link EventIds#key} of the id {@link EventCodec#decode} would
     * give) and its payload, exactly as the codec would give it.
     */
    public record Read(UUID key, ActivityRecorded activity) {
    }

    private final Function<byte[], ActivityRecorded> payload;

    ActivityFastReader(Function<byte[], ActivityRecorded> payload) {
        this.payload = payload;
    }

    /**
     * The record read on the fast path, or null when {@link EventCodec#decode} must decide. {@code times} are the
     * codec's ({@link EventCodec#times()}): a {@code ce_time} outside them is left to the codec, which parks it.
     */
    public Read read(Headers headers, byte[] value, EventTimeBounds times) {
        UUID key = ActivityEnvelope.key(headers, times);
        if (key == null || value == null) {
            return null;
        }
        try {
            ActivityRecorded activity = payload.apply(value);
            return activity == null ? null : new Read(key, activity);
        } catch (RuntimeException e) {
            return null; // e.g. a truncated record: the full codec names the reason
        }
    }
}
