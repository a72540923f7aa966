package dev.marketingops.console.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The calendar's month from the address: an unreadable or extreme one is the current month, never a failed page. */
class CalendarMonthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);
    private static final YearMonth NOW = YearMonth.of(2026, 6);

    @Test
    void aReadableMonthIsShownAndNoneIsTheCurrentOne() {
        assertThat(CalendarMonth.of("2031-03", CLOCK)).isEqualTo(YearMonth.of(2031, 3));
        assertThat(CalendarMonth.of(" 0001-01 ", CLOCK)).isEqualTo(YearMonth.of(1, 1));
        assertThat(CalendarMonth.of("9999-11", CLOCK)).isEqualTo(YearMonth.of(9999, 11));
        assertThat(CalendarMonth.of(null, CLOCK)).isEqualTo(NOW);
        assertThat(CalendarMonth.of(" ", CLOCK)).isEqualTo(NOW);
    }

    @Test
    void anExtremeOrUnreadableMonthIsTheCurrentOneAndItsNeighboursExist() {
        for (String month : new String[] {"+999999999-12", "-999999999-01", "+10000-01", "0000-12", "9999-12", "2026-13", "March"}) {
            YearMonth shown = CalendarMonth.of(month, CLOCK);
            assertThat(shown).as(month).isEqualTo(NOW);
        }
        // What the page does with the month it shows: before this class, +999999999-12 threw here (a 500).
        YearMonth last = CalendarMonth.of("9999-11", CLOCK);
        assertThatCode(() -> last.plusMonths(1).atDay(1)).doesNotThrowAnyException();
        assertThat(last.plusMonths(1).atDay(1).getYear()).isLessThanOrEqualTo(9999);
    }
}
