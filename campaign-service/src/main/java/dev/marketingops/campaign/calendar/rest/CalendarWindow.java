package dev.marketingops.campaign.calendar.rest;

import dev.marketingops.plumbing.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "is required");
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be an ISO date like 2026-03-01 or an instant like 2026-03-01T00:00:00Z");
        }
    }
}
