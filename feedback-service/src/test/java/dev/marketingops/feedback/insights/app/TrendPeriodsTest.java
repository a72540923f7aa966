package dev.marketingops.feedback.insights.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.feedback.insights.domain.FeedbackFigures;
import dev.marketingops.feedback.insights.domain.Granularity;
import dev.marketingops.feedback.insights.domain.ScoreTally;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.plumbing.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A trend with too many periods is refused before any period is listed or read. Plain JUnit: the figures stand in
 * for the database and record whether they were asked.
 */
class TrendPeriodsTest {

    /** Figures that count how often they are read and have nothing to say. */
    private static final class CountedFigures extends FeedbackFigures {
        final List<TimeRange> read = new ArrayList<>();

        CountedFigures() {
            super(null);
        }

        @Override
        public Map<Instant, ScoreTally> byPeriod(Subject subject, TimeRange range, Granularity granularity) {
            read.add(range);
            return Map.of();
        }
    }

    private static final Subject PRODUCT = new Subject(SubjectType.PRODUCT, UUID.randomUUID());

    @Test
    void aRangeOfMoreThan520WeeksIsRefusedNamingGranularityWithoutReadingAnything() {
        CountedFigures figures = new CountedFigures();
        TimeRange eleventhYear = new TimeRange(Instant.parse("2000-01-03T00:00:00Z"), Instant.parse("2010-12-31T00:00:00Z"));

        ProblemException refused = catchThrowableOfType(
                () -> new NpsQueries(figures).trend(PRODUCT, eleventhYear, Granularity.WEEK), ProblemException.class);

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("granularity");
            assertThat(error.message()).contains("574 periods");
        });
        assertThat(figures.read).isEmpty();
    }

    @Test
    void exactly520PeriodsAreRead() {
        CountedFigures figures = new CountedFigures();
        // 2000-01-03 is a Monday: 520 whole weeks end on 2009-12-21.
        TimeRange tenYears = new TimeRange(Instant.parse("2000-01-03T00:00:00Z"), Instant.parse("2009-12-21T00:00:00Z"));
        new NpsQueries(figures).trend(PRODUCT, tenYears, Granularity.WEEK);
        assertThat(figures.read).containsExactly(tenYears);
    }

    @Test
    void thePeriodCountIsTheNumberOfPeriodsTheTrendLists() {
        Instant[] starts = {Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-03-05T13:30:00Z"),
                Instant.parse("2024-02-29T00:00:00Z"), Instant.parse("2025-03-03T00:00:00Z")};
        long[] days = {1, 6, 7, 8, 27, 28, 29, 30, 31, 32, 59, 60, 61, 365, 366, 731};
        for (Granularity granularity : Granularity.values()) {
            for (Instant from : starts) {
                for (long length : days) {
                    for (long shift : new long[] {0, 1, -1}) {
                        Instant to = from.plusSeconds(length * 86_400 + shift);
                        assertThat(granularity.periodsIn(from, to)).as("%s %s..%s", granularity, from, to)
                                .isEqualTo(listed(granularity, from, to));
                    }
                }
            }
        }
    }

    /** The periods as FeedbackFigures.byPeriod lists them: from the period holding 'from', each before 'to'. */
    private static long listed(Granularity granularity, Instant from, Instant to) {
        long count = 0;
        Instant start = from.atZone(ZoneOffset.UTC).toLocalDate()
                .with(granularity == Granularity.WEEK ? TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)
                        : TemporalAdjusters.firstDayOfMonth())
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        for (; start.isBefore(to); start = granularity.next(start)) {
            count++;
        }
        return count;
    }
}
