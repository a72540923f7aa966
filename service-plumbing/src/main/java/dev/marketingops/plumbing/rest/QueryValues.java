package dev.marketingops.plumbing.rest;

import dev.marketingops.contracts.CanonicalUuid;
import dev.marketingops.plumbing.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Parses filter query parameters ourselves, so a bad value is a 400 naming the parameter rather than a 404. */
public final class QueryValues {

    private static final String MUST_BE_UUID = "must be a UUID (8-4-4-4-12 hex digits)";
    private static final String MUST_BE_TIME = "must be an ISO-8601 date (2026-03-01) or instant (2026-03-01T10:00:00Z) "
            + "in the years " + BoundedTimes.MIN_YEAR + " to " + BoundedTimes.MAX_YEAR;

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // Locale.ROOT: under the default locale a Turkish JVM upper-cases "active" to "ACTİVE", no constant's name.
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The canonical UUID in {@code value} (trimmed), null when it is absent or blank, or a 400 naming the parameter. */
    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return uuid(value.trim(), parameter, v -> MUST_BE_UUID);
    }

    /**
     * {@code value} as a canonical UUID ({@link CanonicalUuid#parse}, as {@link UuidParameters} reads parameters), or a
     * 400 naming the parameter with the message made from the refused value; an empty value is refused too (one item of
     * a list such as {@code ids=a,,b}).
     */
    public static UUID uuid(String value, String parameter, UnaryOperator<String> message) {
        UUID id = CanonicalUuid.parse(value);
        if (id == null) {
            throw ProblemException.badRequest(parameter, message.apply(value));
        }
        return id;
    }

    /**
     * The instant in {@code value} (trimmed): an ISO-8601 instant, or a date meaning its start in UTC; null when absent
     * or blank. Years outside 1 to 9999 ({@code +99999-01-01T00:00:00Z} parses) are a 400 naming the parameter, as in
     * bodies, so no query reaches the database with a time it cannot hold.
     */
    public static Instant instant(String value, String parameter) {
        return instant(value, parameter, 0);
    }

    /** As {@link #instant}, but a date alone means through that whole day: its end, the next day's start in UTC. */
    public static Instant end(String value, String parameter) {
        return instant(value, parameter, 1);
    }

    private static Instant instant(String value, String parameter, int daysAfterADate) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            // The year is checked after the day is added: "to 9999-12-31" would end in the year 10000.
            Instant instant = isDate(text) ? LocalDate.parse(text).plusDays(daysAfterADate).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (year >= BoundedTimes.MIN_YEAR && year <= BoundedTimes.MAX_YEAR) {
                return instant;
            }
        } catch (DateTimeException e) {
            // Falls through to the one message for every unusable value.
        }
        throw ProblemException.badRequest(parameter, MUST_BE_TIME);
    }

    /** Whether {@code value} (trimmed) is written as a date alone (2026-03-01), which some ranges read as a whole day. */
    public static boolean isDate(String value) {
        return value != null && value.trim().length() == 10;
    }
}
