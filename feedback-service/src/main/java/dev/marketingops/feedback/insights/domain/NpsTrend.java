package dev.marketingops.feedback.insights.domain;

import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import java.time.Instant;
import java.util.List;

/** A subject's answers over a range: counted per period (oldest first, empty periods included) and in total. */
public record NpsTrend(Subject subject, TimeRange range, Granularity granularity, List<Period> periods, ScoreTally total) {

    /** One week or month of the trend, [start, end). */
    public record Period(Instant start, Instant end, ScoreTally tally) {
    }
}
