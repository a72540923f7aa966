package dev.marketingops.feedback.subject.domain;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A half-open range [from, to) of submission times. Parameters take an instant ({@code 2025-03-01T10:00:00Z}) or a
 * UTC date; a date as {@code to} includes that whole day. Defaults: the 90 days up to the clock's now.
 */
public record TimeRange(Instant from, Instant to) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    /** The longest range an analysis reads (its previous range and periods grow with it): 480 months, within 520 periods. */
    public static final int MAX_YEARS = 40;
    /** The earliest bound a query may carry: the first instant of year 1, the earliest 'from' the parameters take. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /** The range of an analysis: at most {@link #MAX_YEARS} long, else 400 naming {@code from} before any work. */
    public static TimeRange parse(String from, String to, Clock clock) {
        TimeRange range = parseAnyLength(from, to, clock);
        if (range.to.isAfter(range.from.atOffset(ZoneOffset.UTC).plusYears(MAX_YEARS).toInstant())) {
            throw ProblemException.badRequest("from", "the range may span at most " + MAX_YEARS + " years; 'to' ("
                    + range.to + ") is later than " + MAX_YEARS + " years after 'from' (" + range.from + ")");
        }
        return range;
    }

    /** A range of any length in the years 1 to 9999, for a filter whose cost does not grow with it (the inbox). */
    public static TimeRange parseAnyLength(String from, String to, Clock clock) {
        Instant end = to == null || to.isBlank() ? clock.instant() : instant("to", to, true);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_SPAN) : instant("from", from, false);
        if (!start.isBefore(end)) {
            throw ProblemException.badRequest("from", "must be before 'to' (" + start + " is not before " + end + ")");
        }
        return new TimeRange(start, end);
    }

    /**
     * The range of the same length just before this one, to tell a rising theme from a steady one; cut at year 1, so
     * no bound reaches before the calendar the parameters take (nothing is submitted before 2000 anyway).
     */
    public TimeRange previous() {
        Duration length = Duration.between(from, to);
        Instant start = from.minus(length);
        return new TimeRange(start.isBefore(EARLIEST) ? EARLIEST : start, from);
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        // A date alone as the end means through that whole day.
        return endOfDay ? QueryValues.end(value, field) : QueryValues.instant(value, field);
    }
}
