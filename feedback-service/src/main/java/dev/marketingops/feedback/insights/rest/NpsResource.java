package dev.marketingops.feedback.insights.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.insights.app.NpsQueries;
import dev.marketingops.feedback.insights.domain.Granularity;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.feedback.subject.rest.SubjectParams;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NPS and CSAT figures and their trend per product, launch, campaign or roadmap item. */
@Path("/api/v1/nps")
@Tag(name = "Analysis")
@Produces(MediaType.APPLICATION_JSON)
public class NpsResource {

    private final NpsQueries queries;
    private final Clock clock;

    public NpsResource(NpsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "NPS, CSAT and sentiment of one subject over a range, with a weekly or monthly trend",
            description = "NPS = % promoters (9–10) − % detractors (0–6). A range without answers gives nps null and 0 responses.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Not exactly one subject, a bad date, a range longer than "
            + TimeRange.MAX_YEARS + " years (errors[].field is from), a bad granularity or more than "
            + NpsQueries.MAX_PERIODS + " periods (errors[].field is granularity)")
    public NpsReport nps(@BeanParam SubjectParams subjectParams,
                         @Parameter(description = "Start, inclusive: 2025-03-01 or 2025-03-01T00:00:00Z; default 90 days before 'to'; "
                                 + "at most " + TimeRange.MAX_YEARS + " years before 'to' (else 400 naming from)")
                         @QueryParam("from") String from,
                         @Parameter(description = "End, exclusive for an instant, inclusive for a date; default now")
                         @QueryParam("to") String to,
                         @Parameter(description = "week (default) or month; at most " + NpsQueries.MAX_PERIODS + " periods in the "
                                 + "range (else 400 naming granularity)") @QueryParam("granularity") String granularity) {
        Granularity unit = Objects.requireNonNullElse(QueryValues.enumValue(Granularity.class, granularity, "granularity"),
                Granularity.WEEK);
        return NpsReport.of(queries.trend(subjectParams.subject(), TimeRange.parse(from, to, clock), unit));
    }
}
