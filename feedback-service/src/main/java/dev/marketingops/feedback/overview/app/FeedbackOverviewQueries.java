package dev.marketingops.feedback.overview.app;

import dev.marketingops.feedback.collect.FeedbackInbox;
import dev.marketingops.feedback.collect.FeedbackView;
import dev.marketingops.feedback.collect.InboxFilter;
import dev.marketingops.feedback.insights.FeedbackFigures;
import dev.marketingops.feedback.insights.Granularity;
import dev.marketingops.feedback.insights.ScoreTally;
import dev.marketingops.feedback.insights.ThemeRanking;
import dev.marketingops.feedback.subject.Subject;
import dev.marketingops.feedback.subject.TimeRange;
import dev.marketingops.plumbing.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/** One subject's feedback at a glance: NPS/CSAT per period, top themes and a page of the inbox, read together. */
@ApplicationScoped
public class FeedbackOverviewQueries {

    private final FeedbackFigures figures;
    private final ThemeRanking themes;
    private final FeedbackInbox inbox;

    public FeedbackOverviewQueries(FeedbackFigures figures, ThemeRanking themes, FeedbackInbox inbox) {
        this.figures = figures;
        this.themes = themes;
        this.inbox = inbox;
    }

    /**
     * What GET /nps, GET /themes and GET /feedback answer for the same subject and filters, in one transaction (one
     * connection, one round trip for the caller). The range applies to figures and themes; the inbox takes its filter.
     */
    @Transactional
    public Overview overview(Subject subject, TimeRange range, Granularity unit, int themeLimit, InboxFilter filter,
                             int page, int size) {
        return new Overview(figures.byPeriod(subject, range, unit),
                themes.rank(subject, range, ThemeRanking.Order.FREQUENCY, themeLimit),
                inbox.list(filter, page, size));
    }

    /** The three reads' results, before the REST layer shapes them. */
    public record Overview(Map<Instant, ScoreTally> periods, ThemeRanking.Themes themes, Page<FeedbackView> inbox) {
    }
}
