package dev.marketingops.contracts.activity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A fast reader for the one high-volume event, {@link ActivityRecorded} in binary mode: one streaming pass over the
 * headers and the JSON, with the schema's rules written out in code. It accepts a strict subset of what
 * {@link EventCodec#decode} accepts and answers {@code null} whenever it is not sure (an error, an unusual header, a
 * number in exponent form, a leap second, ...), so the caller falls back to the full codec, which then decides and
 * names the reason. {@code ActivityFastReaderTest} checks the subset rule against the codec on generated and mutated
 * events. Thread-safe.
 */
public final class ActivityFastReader {

    /** An accepted record: its CloudEvent id and its payload, exactly as {@link EventCodec#decode} would give them. */
    public record Read(String id, ActivityRecorded activity) {
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] SPEC_VERSION = bytes("1.0");
    private static final byte[] TYPE = bytes(ActivityRecorded.TYPE);
    private static final byte[] CONTENT_TYPE = bytes(EventCodec.CONTENT_TYPE);
    private static final byte[] SCHEMA = bytes(EventCatalog.require(ActivityRecorded.TYPE).schemaUri().toString());
    private static final Map<String, Channel> CHANNELS = lookup(Channel.values());
    private static final Map<String, ActivityKind> KINDS = lookup(ActivityKind.values());
    private static final Map<String, JourneyStage> STAGES = lookup(JourneyStage.values());
    private static final int MAX_CUSTOMER_REF = 200;
    /** specversion, type, content-type, source and id. */
    private static final int REQUIRED_HEADERS = 1 | 2 | 4 | 8 | 16;

    private ActivityFastReader() {
    }

    /** The record read on the fast path, or null when {@link EventCodec#decode} must decide. */
    public static Read read(Headers headers, byte[] value) {
        String id = envelopeId(headers);
        if (id == null || value == null) {
            return null;
        }
        try {
            ActivityRecorded activity = payload(value);
            return activity == null ? null : new Read(id, activity);
        } catch (IOException | RuntimeException e) {
            return null; // malformed or unusual: the full codec names the reason
        }
    }

    /** The CloudEvent id if the envelope is the plain one this reader knows, else null. */
    private static String envelopeId(Headers headers) {
        byte[] id = null;
        int seen = 0;
        for (Header h : headers) {
            byte[] v = h.value();
            String key = h.key();
            int bit;
            boolean ok;
            switch (key) {
                case "ce_specversion" -> { bit = 1; ok = Arrays.equals(v, SPEC_VERSION); }
                case "ce_type" -> { bit = 2; ok = Arrays.equals(v, TYPE); }
                case "content-type" -> { bit = 4; ok = Arrays.equals(v, CONTENT_TYPE); }
                case "ce_source" -> { bit = 8; ok = isUri(v); }
                case "ce_id" -> { bit = 16; ok = v != null; id = v; }
                case "ce_dataschema" -> { bit = 32; ok = Arrays.equals(v, SCHEMA); }
                case "ce_time" -> { bit = 64; ok = v != null && Rfc3339.parse(new String(v, StandardCharsets.US_ASCII)) != null; }
                case "ce_subject" -> { bit = 128; ok = v != null; }
                // Any other ce_ header is an extension attribute, whose name the SDK checks.
                default -> { bit = 0; ok = !key.startsWith("ce_"); }
            }
            if (!ok || (seen & bit) != 0) {
                return null; // a value this reader does not know, or a repeated header
            }
            seen |= bit;
        }
        if ((seen & REQUIRED_HEADERS) != REQUIRED_HEADERS) {
            return null;
        }
        String text = new String(id, StandardCharsets.UTF_8);
        return text.isBlank() ? null : text;
    }

    private static boolean isUri(byte[] v) {
        if (v == null || v.length == 0) {
            return false;
        }
        try {
            new URI(new String(v, StandardCharsets.UTF_8));
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The payload, or null when something about it is not plainly valid. */
    private static ActivityRecorded payload(byte[] value) throws IOException {
        UUID campaignId = null;
        Channel channel = null;
        ActivityKind kind = null;
        Long count = null;
        BigDecimal amount = null;
        String currency = null;
        Instant occurredAt = null;
        JourneyStage stage = null;
        String customerRef = null;
        int seen = 0;
        try (JsonParser p = JSON.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return null;
                }
                String field = p.currentName();
                JsonToken v = p.nextToken();
                int bit = switch (field) {
                    case "campaignId" -> 1;
                    case "channel" -> 2;
                    case "kind" -> 4;
                    case "count" -> 8;
                    case "amount" -> 16;
                    case "currency" -> 32;
                    case "occurredAt" -> 64;
                    case "journeyStage" -> 128;
                    case "customerRef" -> 256;
                    default -> 0;
                };
                if ((seen & bit) != 0) {
                    return null; // a repeated field
                }
                seen |= bit;
                if (bit == 0) {
                    p.skipChildren(); // unknown fields are ignored, as the tolerant reader does
                    continue;
                }
                if (bit == 256 && v == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (bit == 8 || bit == 16) {
                    if (v == JsonToken.VALUE_NUMBER_INT && bit == 8) {
                        count = p.getLongValue(); // beyond a long it throws, and the full codec decides
                        if (count < 1) {
                            return null;
                        }
                    } else if (bit == 16 && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT)) {
                        String text = p.getText();
                        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                            return null;
                        }
                        amount = new BigDecimal(text);
                        if (amount.signum() < 0) {
                            return null;
                        }
                    } else {
                        return null;
                    }
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) {
                    return null;
                }
                String s = p.getText();
                switch (bit) {
                    case 1 -> campaignId = strictUuid(s);
                    case 2 -> channel = CHANNELS.get(s);
                    case 4 -> kind = KINDS.get(s);
                    case 32 -> currency = isCurrency(s) ? s : null;
                    case 64 -> occurredAt = Rfc3339.parse(s);
                    case 128 -> stage = STAGES.get(s);
                    default -> customerRef = isCustomerRef(s) ? s : null;
                }
                if (campaignId == null && bit == 1 || channel == null && bit == 2 || kind == null && bit == 4
                        || currency == null && bit == 32 || occurredAt == null && bit == 64
                        || stage == null && bit == 128 || customerRef == null && bit == 256) {
                    return null;
                }
            }
            if (p.nextToken() != null) {
                return null; // trailing content
            }
        }
        if (campaignId == null || channel == null || kind == null || occurredAt == null || stage == null) {
            return null;
        }
        boolean money = kind == ActivityKind.SPEND || kind == ActivityKind.REVENUE;
        boolean hasMoneyFields = (seen & (16 | 32)) != 0;
        if (money ? amount == null || currency == null : hasMoneyFields) {
            return null;
        }
        return new ActivityRecorded(campaignId, channel, kind, count, amount, currency, occurredAt, stage, customerRef);
    }

    /** Only the canonical 8-4-4-4-12 hex form; {@link UUID#fromString} would also take shorter groups. */
    private static UUID strictUuid(String s) {
        if (s.length() != 36) {
            return null;
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return null;
            }
            if (digits < 16) {
                hi = hi << 4 | d;
            } else {
                lo = lo << 4 | d;
            }
            digits++;
        }
        return new UUID(hi, lo);
    }

    private static boolean isCurrency(String s) {
        return s.length() == 3 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** 1 to 200 characters; a text with surrogate pairs is left to the full codec, which counts code points. */
    private static boolean isCustomerRef(String s) {
        if (s.isEmpty() || s.length() > MAX_CUSTOMER_REF) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> Map<String, E> lookup(E[] values) {
        Map<String, E> map = new HashMap<>();
        for (E e : values) {
            map.put(e.name(), e);
        }
        return Map.copyOf(map);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 3339 date-times in their plain form: {@code 2026-03-01T10:15:30[.fraction](Z|+hh:mm|-hh:mm)}. */
    static final class Rfc3339 {

        private Rfc3339() {
        }

        /** The instant, or null for anything else (lower-case t/z, leap seconds, a missing offset, ...). */
        static Instant parse(String s) {
            int n = s.length();
            if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                    || s.charAt(16) != ':') {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                    || second > 59) {
                return null;
            }
            int i = 19;
            int nanos = 0;
            if (s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                int len = i - start;
                if (len < 1 || len > 9) {
                    return null;
                }
                nanos = digits(s, start, len);
                for (int k = len; k < 9; k++) {
                    nanos *= 10;
                }
            }
            int offsetSeconds;
            if (i == n - 1 && s.charAt(i) == 'Z') {
                offsetSeconds = 0;
            } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
                int oh = digits(s, i + 1, 2);
                int om = digits(s, i + 4, 2);
                if (oh < 0 || oh > 23 || om < 0 || om > 59) {
                    return null;
                }
                offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
            } else {
                return null;
            }
            try {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
            } catch (DateTimeException e) {
                return null; // e.g. February 30th
            }
        }

        /** The decimal value of {@code len} ASCII digits at {@code from}, or -1. */
        private static int digits(String s, int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
