package dev.marketingops.feedback.subject.domain;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open range [from, to) of submission times. Parameters take an instant ({@code 2025-03-01T10:00:00Z}) or a
 * UTC date; a date as {@code to} includes that whole day. Defaults: the 90 days up to the clock's now.
 */
public record TimeRange(Instant from, Instant to) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(90);

    public static TimeRange parse(String from, String to, Clock clock) {
        Instant end = to == null || to.isBlank() ? clock.instant() : instant("to", to, true);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_SPAN) : instant("from", from, false);
        if (!start.isBefore(end)) {
            throw ProblemException.badRequest("from", "must be before 'to' (" + start + " is not before " + end + ")");
        }
        return new TimeRange(start, end);
    }

    /** The range of the same length just before this one, to tell a rising theme from a steady one. */
    public TimeRange previous() {
        Duration length = Duration.between(from, to);
        return new TimeRange(from.minus(length), from);
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        // A date alone as the end means through that whole day.
        return endOfDay ? QueryValues.end(value, field) : QueryValues.instant(value, field);
    }
}
