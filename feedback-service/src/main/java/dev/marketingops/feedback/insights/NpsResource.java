package dev.marketingops.feedback.insights;

import dev.marketingops.feedback.subject.Subject;
import dev.marketingops.feedback.subject.SubjectParams;
import dev.marketingops.feedback.subject.TimeRange;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NPS and CSAT figures and their trend per product, launch, campaign or roadmap item. */
@Path("/api/v1/nps")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class NpsResource {

    private final FeedbackFigures figures;

    public NpsResource(FeedbackFigures figures) {
        this.figures = figures;
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
        TimeRange range = TimeRange.parse(from, to);
        Granularity unit = Granularity.parse(granularity);
        return NpsReport.of(subject, range, unit, figures.byPeriod(subject, range, unit));
    }
}
