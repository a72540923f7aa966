package dev.marketingops.feedback.insights.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    public Instant next(Instant periodStart) {
        LocalDate day = periodStart.atOffset(ZoneOffset.UTC).toLocalDate();
        return (this == WEEK ? day.plusWeeks(1) : day.plusMonths(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
