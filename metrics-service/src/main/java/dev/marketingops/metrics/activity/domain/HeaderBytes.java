package dev.marketingops.metrics.activity.domain;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * A Kafka header's key and value bytes where the poll left them, in the record's buffer: {@link Header#key()} makes a
 * String per header and {@link Header#value()} a copy, which for the 8 headers of every record were half of what the
 * envelope check cost (issue #13). One cursor, moved header by header; not thread-safe.
 */
final class HeaderBytes {

    /** {@link RecordHeader}'s buffers, read as they are; null where this Kafka client does not have them. */
    private static final VarHandle KEY_BUFFER;
    private static final VarHandle VALUE_BUFFER;

    static {
        VarHandle keyBuffer = null;
        VarHandle valueBuffer = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(RecordHeader.class, MethodHandles.lookup());
            keyBuffer = lookup.findVarHandle(RecordHeader.class, "keyBuffer", ByteBuffer.class);
            valueBuffer = lookup.findVarHandle(RecordHeader.class, "valueBuffer", ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            keyBuffer = null; // another client version or a closed module: the public API, with its copies
            valueBuffer = null;
        }
        KEY_BUFFER = keyBuffer;
        VALUE_BUFFER = valueBuffer;
    }

    byte[] key;
    int keyFrom;
    int keyTo;
    /** Null if the header has no value. */
    byte[] value;
    int valueFrom;
    int valueTo;

    /** Whether headers are read in place (false: through the public API, with its copies, as before). */
    static boolean inPlace() {
        return KEY_BUFFER != null && VALUE_BUFFER != null;
    }

    /** Moves the cursor to {@code header}'s bytes, leaving the header as it was (nothing materialised). */
    void point(Header header) {
        ByteBuffer keyBuffer = null;
        ByteBuffer valueBuffer = null;
        if (inPlace() && header.getClass() == RecordHeader.class) {
            // Null once key()/value() ran, or for a header made from a String: then the public API has it cached.
            keyBuffer = (ByteBuffer) KEY_BUFFER.get(header);
            valueBuffer = (ByteBuffer) VALUE_BUFFER.get(header);
        }
        if (keyBuffer != null && keyBuffer.hasArray()) {
            key = keyBuffer.array();
            keyFrom = keyBuffer.arrayOffset() + keyBuffer.position();
            keyTo = keyFrom + keyBuffer.remaining();
        } else {
            key = header.key().getBytes(StandardCharsets.UTF_8);
            keyFrom = 0;
            keyTo = key.length;
        }
        if (valueBuffer != null && valueBuffer.hasArray()) {
            value = valueBuffer.array();
            valueFrom = valueBuffer.arrayOffset() + valueBuffer.position();
            valueTo = valueFrom + valueBuffer.remaining();
        } else {
            value = header.value();
            valueFrom = 0;
            valueTo = value == null ? 0 : value.length;
        }
    }

    int keyLength() {
        return keyTo - keyFrom;
    }

    /** Whether the key's bytes are exactly {@code name}'s. */
    boolean keyIs(byte[] name) {
        return Arrays.equals(key, keyFrom, keyTo, name, 0, name.length);
    }

    /** Whether the value is present and exactly {@code expected}. */
    boolean valueIs(byte[] expected) {
        return value != null && Arrays.equals(value, valueFrom, valueTo, expected, 0, expected.length);
    }
}
