package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.activity.ActivityRecorded;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The fast readers' look at a binary-mode CloudEvent envelope: the id's dedup key, if the headers are exactly the plain
 * ActivityRecorded ones the codec accepts (no extension attribute, nothing repeated); else null, and the codec decides.
 */
final class ActivityEnvelope {

    private static final byte[] SPEC_VERSION = bytes("1.0");
    private static final byte[] TYPE = bytes(ActivityRecorded.TYPE);
    private static final byte[] CONTENT_TYPE = bytes(EventCodec.CONTENT_TYPE);
    private static final byte[] SCHEMA = bytes(EventCatalog.require(ActivityRecorded.TYPE).schemaUri().toString());
    private static final int MAX_REMEMBERED_SOURCES = 1_024;
    private static final Map<String, Boolean> VALID_SOURCES = new ConcurrentHashMap<>();
    /** Racy on purpose: any thread's last valid source is as good as another's. */
    private static volatile byte[] lastValidSource;
    /** specversion, type, content-type, source and id. */
    private static final int REQUIRED_HEADERS = 1 | 2 | 4 | 8 | 16;

    private ActivityEnvelope() {
    }

    /**
     * The CloudEvent id's dedup key ({@link EventIds#key}) if the envelope is the plain one the fast readers know, else
     * null. A canonical UUID id is read straight from its bytes: no string per record.
     */
    static UUID key(Headers headers) {
        byte[] id = null;
        int seen = 0;
        for (Header h : headers) {
            byte[] v = h.value();
            String key = h.key();
            int bit = bit(key);
            boolean ok = switch (bit) {
                case 1 -> Arrays.equals(v, SPEC_VERSION);
                case 2 -> Arrays.equals(v, TYPE);
                case 4 -> Arrays.equals(v, CONTENT_TYPE);
                case 8 -> isUri(v);
                case 16 -> v != null;
                case 32 -> Arrays.equals(v, SCHEMA);
                case 64 -> v != null && Rfc3339.parse(v, 0, v.length) != null;
                case 128 -> v != null;
                // Any other ce_ header is an extension attribute, whose name the SDK checks.
                default -> !key.startsWith("ce_");
            };
            if (bit == 16) {
                id = v;
            }
            if (!ok || (seen & bit) != 0) {
                return null; // a value the readers do not know, or a repeated header
            }
            seen |= bit;
        }
        if ((seen & REQUIRED_HEADERS) != REQUIRED_HEADERS) {
            return null;
        }
        UUID key = ActivitySchemaRules.canonicalUuid(id, 0, id.length);
        if (key != null) {
            return key; // what EventIds.key gives for this id's text, without making it
        }
        String text = new String(id, StandardCharsets.UTF_8);
        return text.isBlank() ? null : EventIds.key(text);
    }

    /**
     * The header's bit, or 0 for any other header. Keys are fresh strings per record: dispatching on the length
     * first spares hashing each of them, as a switch on the string would.
     */
    private static int bit(String key) {
        return switch (key.length()) {
            case 5 -> key.equals("ce_id") ? 16 : 0;
            case 7 -> key.equals("ce_type") ? 2 : key.equals("ce_time") ? 64 : 0;
            case 9 -> key.equals("ce_source") ? 8 : 0;
            case 10 -> key.equals("ce_subject") ? 128 : 0;
            case 12 -> key.equals("content-type") ? 4 : 0;
            case 13 -> key.equals("ce_dataschema") ? 32 : 0;
            case 14 -> key.equals("ce_specversion") ? 1 : 0;
            default -> 0;
        };
    }

    /**
     * Sources are few (one per tool), so the ones found valid are remembered instead of parsed per record; the one
     * seen last is compared as bytes, which spares even the string.
     */
    private static boolean isUri(byte[] v) {
        if (v == null || v.length == 0) {
            return false;
        }
        if (Arrays.equals(v, lastValidSource)) {
            return true;
        }
        String source = new String(v, StandardCharsets.UTF_8);
        if (!VALID_SOURCES.containsKey(source)) {
            try {
                new URI(source);
            } catch (URISyntaxException e) {
                return false;
            }
            if (VALID_SOURCES.size() < MAX_REMEMBERED_SOURCES) {
                VALID_SOURCES.put(source, Boolean.TRUE);
            }
        }
        lastValidSource = v.clone();
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
