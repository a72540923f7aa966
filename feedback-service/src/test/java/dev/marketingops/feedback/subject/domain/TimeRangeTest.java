package dev.marketingops.feedback.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marketingops.plumbing.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An analysis range is bounded in length before any work, and the range before it never starts before year 1. */
class TimeRangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRangeLongerThanTheMaximumIsRefusedNamingFrom() {
        for (String[] range : new String[][] {{"2000-01-01", "9000-01-01"}, {"0001-01-01", "9999-12-30"},
                {"1980-01-01", null}}) {
            ProblemException refused = catchThrowableOfType(() -> TimeRange.parse(range[0], range[1], CLOCK),
                    ProblemException.class);
            assertThat(refused).as("from %s to %s", range[0], range[1]).isNotNull();
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("from");
                assertThat(error.message()).contains(TimeRange.MAX_YEARS + " years");
            });
        }
    }

    @Test
    void theLongestRangeIsAcceptedAndTheInboxTakesAnyLength() {
        TimeRange longest = TimeRange.parse("1990-01-01", "2029-12-31", CLOCK);
        assertThat(longest.to()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(TimeRange.parseAnyLength("0001-01-01", "9999-12-30", CLOCK).from())
                .isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    }

    @Test
    void theRangeBeforeNeverStartsBeforeYearOne() {
        TimeRange range = TimeRange.parse("0010-01-01", "0040-01-01", CLOCK);
        assertThat(range.previous()).isEqualTo(new TimeRange(Instant.parse("0001-01-01T00:00:00Z"), range.from()));
        TimeRange march = TimeRange.parse("2025-03-01", "2025-03-31", CLOCK); // to the end of March 31: 31 days
        assertThat(march.previous()).isEqualTo(new TimeRange(Instant.parse("2025-01-29T00:00:00Z"), march.from()));
    }
}
