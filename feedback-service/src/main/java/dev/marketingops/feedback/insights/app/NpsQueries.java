package dev.marketingops.feedback.insights.app;

import dev.marketingops.feedback.insights.domain.FeedbackFigures;
import dev.marketingops.feedback.insights.domain.Granularity;
import dev.marketingops.feedback.insights.domain.NpsTrend;
import dev.marketingops.feedback.insights.domain.ScoreTally;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Read side of NPS, CSAT and sentiment figures: a subject's trend over a range. */
@ApplicationScoped
public class NpsQueries {

    public static final int MAX_PERIODS = 520;

    private final FeedbackFigures figures;

    public NpsQueries(FeedbackFigures figures) {
        this.figures = figures;
    }

    /** The subject's figures per period and in total; 400 naming granularity when the range has too many periods. */
    @Transactional
    public NpsTrend trend(Subject subject, TimeRange range, Granularity granularity) {
        // Counted before any period is listed or read: a long range is refused without the work it asks for.
        long count = granularity.periodsIn(range.from(), range.to());
        if (count > MAX_PERIODS) {
            throw ProblemException.badRequest("granularity", "the range has " + count + " periods; at most " + MAX_PERIODS);
        }
        Map<Instant, ScoreTally> byPeriod = figures.byPeriod(subject, range, granularity);
        ScoreTally total = ScoreTally.EMPTY;
        List<NpsTrend.Period> periods = new ArrayList<>(byPeriod.size());
        for (Map.Entry<Instant, ScoreTally> period : byPeriod.entrySet()) {
            total = total.plus(period.getValue());
            periods.add(new NpsTrend.Period(period.getKey(), granularity.next(period.getKey()), period.getValue()));
        }
        return new NpsTrend(subject, range, granularity, periods, total);
    }
}
