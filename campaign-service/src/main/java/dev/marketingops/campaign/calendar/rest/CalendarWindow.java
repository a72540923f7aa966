package dev.marketingops.campaign.calendar.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.QueryValues;
import java.time.Duration;
import java.time.Instant;

/** A calendar's window [from, to), read from query text: dates (UTC midnight) or instants, at most 400 days. */
public record CalendarWindow(Instant from, Instant to) {

    /** A calendar is for planning, not for exporting everything at once. */
    public static final Duration MAX_WINDOW = Duration.ofDays(400);

    /** Parses both ends; a missing, unreadable, reversed or too long window is a 400 naming the field. */
    public static CalendarWindow parse(String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("to", "must be after from");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("to", "the window may span at most " + MAX_WINDOW.toDays() + " days");
        }
        return new CalendarWindow(start, end);
    }

    private static Instant instant(String field, String value) {
        Instant instant = QueryValues.instant(value, field);
        if (instant == null) {
            throw ProblemException.badRequest(field, "is required");
        }
        return instant;
    }
}
