package dev.marketingops.console.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The month the campaign calendar shows: the one in the address when campaign-service can be asked for it, else this one. */
final class CalendarMonth {

    // campaign-service takes from and to in the years 1 to 9999, and the page asks up to the next month's first day.
    // YearMonth.parse reads +999999999-12, whose next month does not exist (DateTimeException: a 500 before this).
    static final YearMonth FIRST = YearMonth.of(1, 1);
    static final YearMonth LAST = YearMonth.of(9999, 11);

    private CalendarMonth() {
    }

    /** {@code month} (yyyy-MM) when it is readable and between {@link #FIRST} and {@link #LAST}, else the current month. */
    static YearMonth of(String month, Clock clock) {
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        if (month == null || month.isBlank()) {
            return now;
        }
        try {
            YearMonth asked = YearMonth.parse(month.strip());
            return asked.isBefore(FIRST) || asked.isAfter(LAST) ? now : asked;
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
