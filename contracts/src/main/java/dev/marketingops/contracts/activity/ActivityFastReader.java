package dev.marketingops.contracts.activity;

import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
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
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A fast reader for the one high-volume event, {@link ActivityRecorded} in binary mode: one pass over the headers and
 * the JSON bytes (no parser objects, no field-name strings), with the schema's rules written out in code. It accepts a strict subset of what
 * {@link EventCodec#decode} accepts and answers {@code null} whenever it is not sure (an error, an unusual header, an
 * unknown field, an escaped or non-ASCII string, a number in exponent form, a leap second, ...), so the caller falls back to the full codec, which then decides and
 * names the reason. {@code ActivityFastReaderTest} checks the subset rule against the codec on generated and mutated
 * events. Thread-safe.
 */
public final class ActivityFastReader {

    /** An accepted record: its CloudEvent id and its payload, exactly as {@link EventCodec#decode} would give them. */
    public record Read(String id, ActivityRecorded activity) {
    }

    private static final byte[] SPEC_VERSION = bytes("1.0");
    private static final byte[] TYPE = bytes(ActivityRecorded.TYPE);
    private static final byte[] CONTENT_TYPE = bytes(EventCodec.CONTENT_TYPE);
    private static final byte[] SCHEMA = bytes(EventCatalog.require(ActivityRecorded.TYPE).schemaUri().toString());
    private static final Map<String, Channel> CHANNELS = lookup(Channel.values());
    private static final Map<String, ActivityKind> KINDS = lookup(ActivityKind.values());
    private static final Map<String, JourneyStage> STAGES = lookup(JourneyStage.values());
    private static final int MAX_CUSTOMER_REF = 200;
    /** The schema's bounds, which keep a rollup cell's sum within its bigint and numeric(38,6) columns. */
    private static final long MAX_COUNT = 1_000_000_000L;
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.valueOf(1_000_000_000_000L);
    private static final int MAX_AMOUNT_SCALE = 6;
    private static final int MAX_REMEMBERED_SOURCES = 1_024;
    private static final Map<String, Boolean> VALID_SOURCES = new ConcurrentHashMap<>();
    /** Racy on purpose: any thread's last valid source is as good as another's. */
    private static volatile byte[] lastValidSource;
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
        } catch (RuntimeException e) {
            return null; // e.g. a truncated record: the full codec names the reason
        }
    }

    /** The CloudEvent id if the envelope is the plain one this reader knows, else null. */
    private static String envelopeId(Headers headers) {
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

    /** The payload, or null when something about it is not plainly valid. */
    private static ActivityRecorded payload(byte[] value) {
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
        FlatJson json = new FlatJson(value);
        if (!json.consume('{')) {
            return null;
        }
        boolean first = true;
        while (!json.consume('}')) {
            if (!first && !json.consume(',')) {
                return null;
            }
            first = false;
            int bit = json.string() ? fieldBit(json) : 0;
            if (bit == 0 || (seen & bit) != 0 || !json.consume(':')) {
                return null; // an unknown or repeated field: the full codec decides
            }
            seen |= bit;
            if (bit == COUNT || bit == AMOUNT) {
                String number = json.plainNumber(bit == AMOUNT);
                if (number == null) {
                    return null;
                }
                if (bit == COUNT) {
                    count = Long.parseLong(number);
                } else {
                    amount = new BigDecimal(number);
                }
                if (bit == COUNT ? count < 1 || count > MAX_COUNT
                        : amount.signum() < 0 || amount.scale() > MAX_AMOUNT_SCALE || amount.compareTo(AMOUNT_LIMIT) >= 0) {
                    return null; // out of the schema's bounds, or a scale the codec must judge (1.0000000 is valid)
                }
                continue;
            }
            if (bit == CUSTOMER_REF && json.consumeNull()) {
                continue;
            }
            if (!json.string()) {
                return null;
            }
            switch (bit) {
                case CAMPAIGN_ID -> campaignId = strictUuid(value, json.from, json.to);
                case CHANNEL -> channel = CHANNELS.get(json.text());
                case KIND -> kind = KINDS.get(json.text());
                case CURRENCY -> currency = json.to - json.from == 3 && isUpper(value[json.from])
                        && isUpper(value[json.from + 1]) && isUpper(value[json.from + 2]) ? json.text() : null;
                case OCCURRED_AT -> occurredAt = Rfc3339.parse(value, json.from, json.to);
                case JOURNEY_STAGE -> stage = STAGES.get(json.text());
                default -> customerRef = json.to > json.from && json.to - json.from <= MAX_CUSTOMER_REF ? json.text() : null;
            }
            if (campaignId == null && bit == CAMPAIGN_ID || channel == null && bit == CHANNEL || kind == null && bit == KIND
                    || currency == null && bit == CURRENCY || occurredAt == null && bit == OCCURRED_AT
                    || stage == null && bit == JOURNEY_STAGE || customerRef == null && bit == CUSTOMER_REF) {
                return null;
            }
        }
        if (!json.atEnd() || campaignId == null || channel == null || kind == null || occurredAt == null || stage == null) {
            return null;
        }
        boolean money = kind == ActivityKind.SPEND || kind == ActivityKind.REVENUE;
        boolean hasMoneyFields = (seen & (AMOUNT | CURRENCY)) != 0;
        if (money ? amount == null || currency == null : hasMoneyFields) {
            return null;
        }
        return new ActivityRecorded(campaignId, channel, kind, count, amount, currency, occurredAt, stage, customerRef);
    }

    private static final int CAMPAIGN_ID = 1;
    private static final int CHANNEL = 2;
    private static final int KIND = 4;
    private static final int COUNT = 8;
    private static final int AMOUNT = 16;
    private static final int CURRENCY = 32;
    private static final int OCCURRED_AT = 64;
    private static final int JOURNEY_STAGE = 128;
    private static final int CUSTOMER_REF = 256;
    private static final byte[][] FIELD_NAMES = {bytes("campaignId"), bytes("channel"), bytes("kind"), bytes("count"),
            bytes("amount"), bytes("currency"), bytes("occurredAt"), bytes("journeyStage"), bytes("customerRef")};

    /** The bit of the field name the scanner just read, or 0 for a name this reader does not know. */
    private static int fieldBit(FlatJson json) {
        for (int i = 0; i < FIELD_NAMES.length; i++) {
            if (Arrays.equals(json.bytes, json.from, json.to, FIELD_NAMES[i], 0, FIELD_NAMES[i].length)) {
                return 1 << i;
            }
        }
        return 0;
    }

    /**
     * A scanner over one flat JSON object. Strings are taken only without escapes and in plain ASCII, numbers only
     * without exponent; anything else makes the reader answer null, and the full codec reads the record.
     */
    private static final class FlatJson {

        final byte[] bytes;
        int at;
        /** The last string's content: bytes[from, to). */
        int from;
        int to;

        FlatJson(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean consume(char c) {
            skipWhitespace();
            if (at < bytes.length && bytes[at] == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean consumeNull() {
            skipWhitespace();
            if (at + 4 <= bytes.length && bytes[at] == 'n' && bytes[at + 1] == 'u' && bytes[at + 2] == 'l'
                    && bytes[at + 3] == 'l') {
                at += 4;
                return true;
            }
            return false;
        }

        /** Reads a string into [from, to); false for escapes, control characters or non-ASCII bytes. */
        boolean string() {
            if (!consume('"')) {
                return false;
            }
            from = at;
            for (; at < bytes.length; at++) {
                byte b = bytes[at];
                if (b == '"') {
                    to = at++;
                    return true;
                }
                if (b == '\\' || b < 0x20) {
                    return false; // bytes are signed: non-ASCII is negative
                }
            }
            return false;
        }

        String text() {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }

        /** An integer (at most 18 digits) or, with fraction, a decimal without exponent, as JSON writes it; else null. */
        String plainNumber(boolean fraction) {
            skipWhitespace();
            int start = at;
            if (at < bytes.length && bytes[at] == '-') {
                at++;
            }
            int digits = digits();
            if (digits == 0 || digits > 18 || digits > 1 && bytes[at - digits] == '0') {
                return null; // no digits, too long for a long, or a leading zero (not JSON)
            }
            if (fraction && at < bytes.length && bytes[at] == '.') {
                at++;
                if (digits() == 0) {
                    return null;
                }
            }
            if (at < bytes.length && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E')) {
                return null;
            }
            return new String(bytes, start, at - start, StandardCharsets.ISO_8859_1);
        }

        boolean atEnd() {
            skipWhitespace();
            return at == bytes.length;
        }

        private int digits() {
            int start = at;
            while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
                at++;
            }
            return at - start;
        }

        private void skipWhitespace() {
            while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\n' || bytes[at] == '\r')) {
                at++;
            }
        }
    }

    /** Only the canonical 8-4-4-4-12 hex form; {@link UUID#fromString} would also take shorter groups. */
    private static UUID strictUuid(byte[] s, int from, int to) {
        if (to - from != 36) {
            return null;
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            int c = s[from + i];
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

    private static boolean isUpper(byte c) {
        return c >= 'A' && c <= 'Z';
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
        static Instant parse(byte[] s, int from, int to) {
            int n = to - from;
            if (n < 20 || s[from + 4] != '-' || s[from + 7] != '-' || s[from + 10] != 'T' || s[from + 13] != ':'
                    || s[from + 16] != ':') {
                return null;
            }
            int year = digits(s, from, 4);
            int month = digits(s, from + 5, 2);
            int day = digits(s, from + 8, 2);
            int hour = digits(s, from + 11, 2);
            int minute = digits(s, from + 14, 2);
            int second = digits(s, from + 17, 2);
            if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                    || second > 59) {
                return null;
            }
            int i = from + 19;
            int nanos = 0;
            if (s[i] == '.') {
                int start = ++i;
                while (i < to && s[i] >= '0' && s[i] <= '9') {
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
            if (i == to - 1 && s[i] == 'Z') {
                offsetSeconds = 0;
            } else if (i == to - 6 && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
                int oh = digits(s, i + 1, 2);
                int om = digits(s, i + 4, 2);
                if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
                    return null; // java.time, and so the codec, takes offsets up to 18:00
                }
                offsetSeconds = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
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
        private static int digits(byte[] s, int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; i++) {
                int c = s[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
