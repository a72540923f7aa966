package dev.marketingops.feedback.overview.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.collect.domain.InboxFilter;
import dev.marketingops.feedback.collect.rest.FeedbackView;
import dev.marketingops.feedback.collect.rest.InboxParams;
import dev.marketingops.feedback.insights.app.NpsQueries;
import dev.marketingops.feedback.insights.domain.Granularity;
import dev.marketingops.feedback.insights.rest.NpsReport;
import dev.marketingops.feedback.overview.app.FeedbackOverviewQueries;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.feedback.subject.rest.SubjectParams;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A subject's NPS/CSAT trend, top themes and inbox page in one answer, for pages that show all three. */
@Path("/api/v1/feedback-overview")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackOverviewResource {

    static final int MAX_THEMES = 200;

    private final FeedbackOverviewQueries queries;
    private final Clock clock;

    public FeedbackOverviewResource(FeedbackOverviewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "NPS/CSAT trend, top themes and one inbox page of a product, launch, campaign or roadmap item",
            description = "What GET /nps, GET /themes (ranked by frequency) and GET /feedback answer for the same "
                    + "subject, in one answer read in one transaction. 'from'/'to' bound all three (default: the 90 "
                    + "days up to now for the figures and themes, no bound for the inbox); type, sentiment, theme, "
                    + "page and size narrow the inbox only. Redacted text only, never the customer hash.")
    @APIResponse(responseCode = "200", description = "The figures, the themes and the inbox page")
    @APIResponse(responseCode = "400", description = "Not exactly one subject; a malformed id, date, granularity, "
            + "type or sentiment; a range longer than " + TimeRange.MAX_YEARS + " years or with more than "
            + NpsQueries.MAX_PERIODS + " periods; theme or themes out of bounds; page or size out of range; errors[].field names it")
    public FeedbackOverviewView overview(
            @BeanParam SubjectParams subjectParams,
            @Parameter(description = "Start, inclusive: 2025-03-01 or 2025-03-01T00:00:00Z; default 90 days before 'to' "
                    + "(figures, themes), none (inbox); at most " + TimeRange.MAX_YEARS + " years before 'to' (else 400 "
                    + "naming from)") @QueryParam("from") String from,
            @Parameter(description = "End, exclusive for an instant, inclusive for a date; default now") @QueryParam("to") String to,
            @Parameter(description = "Trend periods: week (default) or month; at most " + NpsQueries.MAX_PERIODS
                    + " in the range (else 400 naming granularity)") @QueryParam("granularity") String granularity,
            @Parameter(description = "How many top themes, 1 to " + MAX_THEMES + " (default 10)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_THEMES,
                            defaultValue = "10")) @QueryParam("themes") String themes,
            @BeanParam InboxParams inbox,
            @BeanParam PageRequest paging) {
        Subject subject = subjectParams.subject();
        boolean bounded = !blank(from) || !blank(to);
        TimeRange range = TimeRange.parse(from, to, clock);
        Granularity unit = Objects.requireNonNullElse(QueryValues.enumValue(Granularity.class, granularity, "granularity"),
                Granularity.WEEK);
        int themeLimit = themeLimit(themes);
        InboxFilter filter = inbox.filter(subject, bounded ? range : null);
        paging.validated();
        FeedbackOverviewQueries.Overview read = queries.overview(subject, range, unit, themeLimit, filter,
                paging.page(), paging.size());
        return new FeedbackOverviewView(NpsReport.of(read.trend()), read.themes(), read.inbox().map(FeedbackView::of));
    }

    private static int themeLimit(String value) {
        if (blank(value)) {
            return 10;
        }
        String v = value.strip();
        // At most three digits before parsing, so no number overflows on its way to the bound check.
        if (v.length() > 3 || !v.chars().allMatch(Character::isDigit) || Integer.parseInt(v) < 1
                || Integer.parseInt(v) > MAX_THEMES) {
            throw ProblemException.badRequest("themes", "must be a whole number from 1 to " + MAX_THEMES);
        }
        return Integer.parseInt(v);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
