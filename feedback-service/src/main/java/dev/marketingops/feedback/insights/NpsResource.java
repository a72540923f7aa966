package dev.marketingops.feedback.insights;

import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.subject.rest.SubjectParams;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NPS and CSAT figures and their trend per product, launch, campaign or roadmap item. */
@Path("/api/v1/nps")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class NpsResource {

    static final int MAX_PERIODS = 520;

    private final FeedbackFigures figures;
    private final Clock clock;

    public NpsResource(FeedbackFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "NPS, CSAT and sentiment of one subject over a range, with a weekly or monthly trend",
            description = "NPS = % promoters (9–10) − % detractors (0–6). A range without answers gives nps null and 0 responses.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Not exactly one subject, a bad date or granularity")
    public NpsReport nps(@BeanParam SubjectParams subjectParams,
                         @Parameter(description = "Start, inclusive: 2025-03-01 or 2025-03-01T00:00:00Z; default 90 days before 'to'")
                         @QueryParam("from") String from,
                         @Parameter(description = "End, exclusive for an instant, inclusive for a date; default now")
                         @QueryParam("to") String to,
                         @Parameter(description = "week (default) or month") @QueryParam("granularity") String granularity) {
        Subject subject = subjectParams.subject();
        TimeRange range = TimeRange.parse(from, to, clock);
        Granularity unit = Granularity.parse(granularity);
        Map<Instant, ScoreTally> byPeriod = figures.byPeriod(subject, range, unit);
        if (byPeriod.size() > MAX_PERIODS) {
            throw ProblemException.badRequest("granularity", "the range has " + byPeriod.size() + " periods; at most " + MAX_PERIODS);
        }
        ScoreTally total = ScoreTally.EMPTY;
        List<NpsReport.Period> periods = new ArrayList<>(byPeriod.size());
        for (Map.Entry<Instant, ScoreTally> period : byPeriod.entrySet()) {
            total = total.plus(period.getValue());
            periods.add(new NpsReport.Period(period.getKey(), unit.next(period.getKey()), NpsReport.Figures.of(period.getValue())));
        }
        return new NpsReport(subject.type(), subject.id(), range.from(), range.to(), unit, NpsReport.Figures.of(total), periods);
    }
}
