package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.EventValidator;
import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.activity.ActivityRecorded;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    private static final byte[] CE_ID = bytes("ce_id");
    private static final byte[] CE_TYPE = bytes("ce_type");
    private static final byte[] CE_TIME = bytes("ce_time");
    private static final byte[] CE_SOURCE = bytes("ce_source");
    private static final byte[] CE_SUBJECT = bytes("ce_subject");
    private static final byte[] CONTENT_TYPE_KEY = bytes("content-type");
    private static final byte[] CE_DATASCHEMA = bytes("ce_dataschema");
    private static final byte[] CE_SPECVERSION = bytes("ce_specversion");
    /** specversion, type, content-type, source and id. */
    private static final int REQUIRED_HEADERS = 1 | 2 | 4 | 8 | 16;

    private ActivityEnvelope() {
    }

    /**
     * The CloudEvent id's dedup key ({@link EventIds#key}) if the envelope is the plain one the fast readers know, else
     * null. The headers are read in place ({@link HeaderBytes}) and a canonical UUID id straight from its bytes: no
     * string and no copy per record.
     */
    static UUID key(Headers headers, EventTimeBounds times) {
        HeaderBytes h = new HeaderBytes();
        byte[] id = null;
        int idFrom = 0;
        int idTo = 0;
        int seen = 0;
        for (Header header : headers) {
            h.point(header);
            int bit = bit(h);
            boolean ok = switch (bit) {
                case 1 -> h.valueIs(SPEC_VERSION);
                case 2 -> h.valueIs(TYPE);
                case 4 -> h.valueIs(CONTENT_TYPE);
                case 8 -> isUri(h.value, h.valueFrom, h.valueTo);
                case 16 -> h.value != null;
                // Anything but a short printable ASCII subject goes the codec's way, which applies the exact rule.
                case 128 -> shortPrintableAscii(h.value, h.valueFrom, h.valueTo);
                case 32 -> h.valueIs(SCHEMA);
                case 64 -> h.value != null && acceptedTime(Rfc3339.parse(h.value, h.valueFrom, h.valueTo), times);
                // Any other ce_ header is an extension attribute, whose name the SDK checks.
                default -> !startsWithCe(h);
            };
            if (bit == 16) {
                id = h.value;
                idFrom = h.valueFrom;
                idTo = h.valueTo;
            }
            if (!ok || (seen & bit) != 0) {
                return null; // a value the readers do not know, or a repeated header
            }
            seen |= bit;
        }
        if ((seen & REQUIRED_HEADERS) != REQUIRED_HEADERS) {
            return null;
        }
        UUID key = ActivitySchemaRules.canonicalUuid(id, idFrom, idTo);
        if (key != null) {
            return key; // what EventIds.key gives for this id's text, without making it
        }
        String text = new String(id, idFrom, idTo - idFrom, StandardCharsets.UTF_8);
        // An id the codec would refuse (control characters, invalid UTF-8, too long) goes the codec's way: dead-lettered.
        return EventValidator.isUsableId(text) ? EventIds.key(text) : null;
    }

    /**
     * The header's bit, or 0 for any other header, from its key's bytes (the same answer as from its text: the names
     * are ASCII, and a malformed UTF-8 byte never decodes to an ASCII character). The length is compared first.
     */
    private static int bit(HeaderBytes h) {
        return switch (h.keyLength()) {
            case 5 -> h.keyIs(CE_ID) ? 16 : 0;
            case 7 -> h.keyIs(CE_TYPE) ? 2 : h.keyIs(CE_TIME) ? 64 : 0;
            case 9 -> h.keyIs(CE_SOURCE) ? 8 : 0;
            case 10 -> h.keyIs(CE_SUBJECT) ? 128 : 0;
            case 12 -> h.keyIs(CONTENT_TYPE_KEY) ? 4 : 0;
            case 13 -> h.keyIs(CE_DATASCHEMA) ? 32 : 0;
            case 14 -> h.keyIs(CE_SPECVERSION) ? 1 : 0;
            default -> 0;
        };
    }

    /** A time the codec reads ({@link EventTimeBounds}); any other goes the codec's way, which parks it. */
    private static boolean acceptedTime(Instant time, EventTimeBounds times) {
        return time != null && times.accepts(time);
    }

    private static boolean shortPrintableAscii(byte[] v, int from, int to) {
        if (v == null || to - from > EventValidator.MAX_ID_LENGTH) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (v[i] < 0x20 || v[i] == 0x7F) { // bytes are signed: non-ASCII is negative
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithCe(HeaderBytes h) {
        return h.keyLength() >= 3 && h.key[h.keyFrom] == 'c' && h.key[h.keyFrom + 1] == 'e' && h.key[h.keyFrom + 2] == '_';
    }

    /**
     * Sources are few (one per tool), so the ones found valid are remembered instead of parsed per record; the one
     * seen last is compared as bytes, which spares even the string.
     */
    private static boolean isUri(byte[] v, int from, int to) {
        if (v == null || from == to) {
            return false;
        }
        byte[] last = lastValidSource;
        if (last != null && Arrays.equals(v, from, to, last, 0, last.length)) {
            return true;
        }
        String source = new String(v, from, to - from, StandardCharsets.UTF_8);
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
        lastValidSource = Arrays.copyOfRange(v, from, to);
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
