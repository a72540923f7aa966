package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.feedback.domain.NpsScores;
import dev.marketingops.metrics.kpis.app.KpiQueries;
import dev.marketingops.metrics.kpis.domain.ActivityTotals;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import dev.marketingops.metrics.kpis.domain.KpiRollups.Granularity;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.rest.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** KPIs, KPI series and the journey funnel per campaign, launch or product. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Campaign, launch and product KPIs from the activity rollups")
@RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ADMIN})
public class KpiResource {

    private static final String GRANULARITY = "hour or day (UTC buckets), default day";

    private final KpiQueries queries;

    public KpiResource(KpiQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/kpis")
    @Operation(summary = "KPIs of one campaign, launch or product over [from, to)",
            description = "Ratios with a zero denominator are null. Money is exact, in its currency; a scope whose "
                    + "spend or revenue is in more than one currency is refused with 422.")
    @APIResponse(responseCode = "200", description = "The KPIs")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope or range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Mixed currencies, or to not after from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiReport kpis(@BeanParam KpiScopeParams params) {
        KpiScopeParams.Range range = params.range();
        KpiQueries.Reading reading = queries.reading(range.scope(), range.from(), range.to());
        return new KpiReport(range.scope().scope(), range.scope().id(), range.from(), range.to(), reading.reach(),
                reading.score().map(NpsScores.Score::nps).orElse(null),
                reading.score().map(NpsScores.Score::csatAverage).orElse(null), reading.figures());
    }

    @GET
    @Path("/kpis/timeseries")
    @Operation(summary = "KPIs per hour or day (UTC) of one campaign, launch or product")
    @APIResponse(responseCode = "200", description = "The series, oldest bucket first")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or granularity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Mixed currencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiSeries timeseries(@BeanParam KpiScopeParams params,
                                @Parameter(description = GRANULARITY) @QueryParam("granularity") String granularity) {
        KpiScopeParams.Range range = params.range();
        Granularity unit = granularity(granularity);
        return series(range, unit, queries.series(range.scope(), range.from(), range.to(), unit));
    }

    @GET
    @Path("/kpis/overview")
    @Operation(summary = "The KPI series and the journey funnel of one campaign, launch or product, in one answer",
            description = "What GET /kpis/timeseries and GET /funnel answer for the same scope and range, for pages "
                    + "that show both in one round trip.")
    @APIResponse(responseCode = "200", description = "The series and the funnel")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or granularity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Mixed currencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiOverview overview(@BeanParam KpiScopeParams params,
                                @Parameter(description = GRANULARITY) @QueryParam("granularity") String granularity) {
        KpiScopeParams.Range range = params.range();
        Granularity unit = granularity(granularity);
        KpiQueries.Overview overview = queries.overview(range.scope(), range.from(), range.to(), unit);
        return new KpiOverview(series(range, unit, overview.series()), funnel(range, overview.funnel()));
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "The journey funnel (awareness → advocacy) of one campaign, launch or product")
    @APIResponse(responseCode = "200", description = "All five stages in funnel order")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope or range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FunnelReport funnel(@BeanParam KpiScopeParams params) {
        KpiScopeParams.Range range = params.range();
        return funnel(range, queries.funnel(range.scope(), range.from(), range.to()));
    }

    private static KpiSeries series(KpiScopeParams.Range range, Granularity unit, Map<Instant, KpiFigures> figures) {
        List<KpiSeries.Point> points = new ArrayList<>();
        figures.forEach((start, f) -> points.add(new KpiSeries.Point(start, f)));
        return new KpiSeries(range.scope().scope(), range.scope().id(), unit.name().toLowerCase(Locale.ROOT), points);
    }

    private static FunnelReport funnel(KpiScopeParams.Range range, Map<JourneyStage, ActivityTotals> stages) {
        List<FunnelReport.Step> steps = new ArrayList<>();
        Long previous = null;
        for (Map.Entry<JourneyStage, ActivityTotals> e : stages.entrySet()) {
            ActivityTotals t = e.getValue();
            BigDecimal share = previous == null || previous == 0 ? null
                    : BigDecimal.valueOf(t.activities()).divide(BigDecimal.valueOf(previous), 6, RoundingMode.HALF_EVEN);
            steps.add(new FunnelReport.Step(e.getKey(), t.activities(), t.impressions(), t.clicks(), t.conversions(), share));
            previous = t.activities();
        }
        return new FunnelReport(range.scope().scope(), range.scope().id(), range.from(), range.to(), steps);
    }

    private static Granularity granularity(String value) {
        Granularity unit = QueryValues.enumValue(Granularity.class, value, "granularity");
        return unit == null ? Granularity.DAY : unit;
    }
}
