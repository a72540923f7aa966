package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.PayloadBounds;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * RFC 3339 date-times in their plain form, {@code 2026-03-01T10:15:30[.fraction](Z|+hh:mm|-hh:mm)}, read from ASCII
 * bytes without a string: the subset of what the codec's {@code date-time} format accepts that the fast readers take.
 */
final class Rfc3339 {

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
            Instant instant = Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
            // Outside years 1-9999 in UTC (e.g. 9999-12-31T23:59:59-18:00): the codec's path refuses it.
            return PayloadBounds.withinYears(instant) ? instant : null;
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
