package dev.marketingops.feedback.insights.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Period length of a trend; periods start on ISO weeks (Monday) or calendar months, in UTC, like date_trunc. */
public enum Granularity {
    WEEK,
    MONTH;

    /** The PostgreSQL date_trunc unit; a fixed word, safe in SQL. */
    String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }

    Instant periodStart(Instant instant) {
        LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate start = this == WEEK ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** How many periods [from, to) touches, counted without listing them, so a long range costs nothing to refuse. */
    public long periodsIn(Instant from, Instant to) {
        OffsetDateTime first = periodStart(from).atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        ChronoUnit unit = this == WEEK ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
        long whole = unit.between(first, end);
        return first.plus(whole, unit).isBefore(end) ? whole + 1 : whole;
    }

    public Instant next(Instant periodStart) {
        LocalDate day = periodStart.atOffset(ZoneOffset.UTC).toLocalDate();
        return (this == WEEK ? day.plusWeeks(1) : day.plusMonths(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
