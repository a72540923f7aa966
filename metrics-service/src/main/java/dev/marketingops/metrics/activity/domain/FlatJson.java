package dev.marketingops.metrics.activity.domain;

import java.nio.charset.StandardCharsets;

/**
 * The hand-written reader's scanner over one flat JSON object. Strings are taken only without escapes and in plain
 * ASCII, numbers only without exponent; anything else makes the reader answer null, and the full codec reads the record.
 */
final class FlatJson {

    final byte[] bytes;
    int at;
    /** The last string's content, or the last number: bytes[from, to). */
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

    /** The last string's or number's text. */
    String text() {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads an integer (at most 18 digits) or, with fraction, a decimal without exponent, as JSON writes it, into
     * [from, to); false for anything else.
     */
    boolean plainNumber(boolean fraction) {
        skipWhitespace();
        int start = at;
        if (at < bytes.length && bytes[at] == '-') {
            at++;
        }
        int digits = digits();
        if (digits == 0 || digits > 18 || digits > 1 && bytes[at - digits] == '0') {
            return false; // no digits, too long for a long, or a leading zero (not JSON)
        }
        if (fraction && at < bytes.length && bytes[at] == '.') {
            at++;
            if (digits() == 0) {
                return false;
            }
        }
        if (at < bytes.length && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E')) {
            return false;
        }
        from = start;
        to = at;
        return true;
    }

    /** The last number read without fraction, as a long (Long.parseLong of its text, without the text). */
    long numberAsLong() {
        int i = from;
        boolean negative = bytes[i] == '-';
        if (negative) {
            i++;
        }
        long v = 0;
        for (; i < to; i++) {
            v = v * 10 + (bytes[i] - '0');
        }
        return negative ? -v : v;
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
