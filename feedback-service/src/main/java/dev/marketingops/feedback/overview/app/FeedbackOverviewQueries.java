package dev.marketingops.feedback.overview.app;

import dev.marketingops.feedback.collect.domain.FeedbackInbox;
import dev.marketingops.feedback.collect.domain.InboxFilter;
import dev.marketingops.feedback.themes.domain.ThemeRanking;
import dev.marketingops.feedback.insights.app.NpsQueries;
import dev.marketingops.feedback.insights.domain.Granularity;
import dev.marketingops.feedback.insights.domain.NpsTrend;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.plumbing.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** One subject's feedback at a glance: NPS/CSAT per period, top themes and a page of the inbox, read together. */
@ApplicationScoped
public class FeedbackOverviewQueries {

    private final NpsQueries nps;
    private final ThemeRanking themes;
    private final FeedbackInbox inbox;

    public FeedbackOverviewQueries(NpsQueries nps, ThemeRanking themes, FeedbackInbox inbox) {
        this.nps = nps;
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
        return new Overview(nps.trend(subject, range, unit),
                themes.rank(subject, range, ThemeRanking.Order.FREQUENCY, themeLimit),
                inbox.list(filter, page, size));
    }

    /** The three reads' results, before the REST layer shapes them. */
    public record Overview(NpsTrend trend, ThemeRanking.Themes themes, Page<FeedbackInbox.Entry> inbox) {
    }
}
