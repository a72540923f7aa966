package dev.marketingops.metrics.activity.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Headers as a poll leaves them: key and value slices of one record buffer, at an offset, as Kafka's
 * {@code DefaultRecord.readHeaders} makes them, read only when asked.
 */
final class PolledHeaders {

    private PolledHeaders() {
    }

    static RecordHeaders of(Headers headers) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        buffer.writeBytes(new byte[] {'c', 'e', '_', 'x'}); // the record's earlier bytes
        List<int[]> spans = new ArrayList<>();
        for (Header h : headers) {
            byte[] key = h.key().getBytes(StandardCharsets.UTF_8);
            int keyAt = buffer.size();
            buffer.writeBytes(key);
            int valueAt = buffer.size();
            if (h.value() != null) {
                buffer.writeBytes(h.value());
            }
            spans.add(new int[] {keyAt, key.length, valueAt, h.value() == null ? -1 : h.value().length});
        }
        buffer.writeBytes(new byte[] {'c', 'e', '_', 'i', 'd'}); // and its later ones
        ByteBuffer record = ByteBuffer.wrap(buffer.toByteArray());
        RecordHeaders polled = new RecordHeaders();
        for (int[] span : spans) {
            ByteBuffer key = record.position(span[0]).slice();
            key.limit(span[1]);
            ByteBuffer value = null;
            if (span[3] >= 0) {
                value = record.position(span[2]).slice();
                value.limit(span[3]);
            }
            polled.add(new RecordHeader(key, value));
        }
        return polled;
    }
}
