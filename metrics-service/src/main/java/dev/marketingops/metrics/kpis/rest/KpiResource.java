package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.metrics.feedback.NpsScores;
import dev.marketingops.metrics.kpis.ActivityTotals;
import dev.marketingops.metrics.kpis.KpiFigures;
import dev.marketingops.metrics.kpis.KpiQueries;
import dev.marketingops.metrics.kpis.app.KpiOverviewQueries;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** KPIs, KPI series and the journey funnel per campaign, launch or product. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Campaign, launch and product KPIs from the activity rollups")
@RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ADMIN})
public class KpiResource {

    /** The rule the three scope parameters share, stated on each of them. */
    static final String ONE_SCOPE = "Give exactly one of campaignId, launchId and productId (a UUID); none or several is a 400";

    private final KpiQueries queries;
    private final NpsScores nps;
    private final KpiOverviewQueries overviews;

    public KpiResource(KpiQueries queries, NpsScores nps, KpiOverviewQueries overviews) {
        this.queries = queries;
        this.nps = nps;
        this.overviews = overviews;
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
    public KpiReport kpis(@Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
            @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
                          @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        KpiRange range = KpiRange.parse(campaignId, launchId, productId, from, to);
        KpiFigures figures = KpiFigures.of(queries.totals(range.scope(), range.from(), range.to()));
        Optional<NpsScores.Score> score = nps.latest(SubjectType.valueOf(range.scope().scope().name()), range.scope().id());
        return new KpiReport(range.scope().scope(), range.scope().id(), range.from(), range.to(),
                queries.reach(range.scope(), range.from(), range.to()),
                score.map(NpsScores.Score::nps).orElse(null), score.map(NpsScores.Score::csatAverage).orElse(null),
                figures);
    }

    @GET
    @Path("/kpis/timeseries")
    @Operation(summary = "KPIs per hour or day (UTC) of one campaign, launch or product")
    @APIResponse(responseCode = "200", description = "The series, oldest bucket first")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or granularity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Mixed currencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiSeries timeseries(@Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
            @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
                                @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("granularity") String granularity) {
        KpiRange range = KpiRange.parse(campaignId, launchId, productId, from, to);
        KpiQueries.Granularity unit = granularity(granularity);
        return series(range, unit, queries.series(range.scope(), range.from(), range.to(), unit));
    }

    @GET
    @Path("/kpis/overview")
    @Operation(summary = "The KPI series, the journey funnel and the KPI targets of one campaign, launch or product, in one answer",
            description = "What GET /kpis/timeseries and GET /funnel answer for the same scope and range, and what "
                    + "GET /targets/{scope}/{scopeId} answers for the scope (every target, whatever its due date), "
                    + "read in one transaction, for pages that show them together in one round trip.")
    @APIResponse(responseCode = "200", description = "The series, the funnel and the targets")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or granularity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Mixed currencies",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiOverview overview(@Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
                                @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
                                @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("granularity") String granularity) {
        KpiRange range = KpiRange.parse(campaignId, launchId, productId, from, to);
        KpiQueries.Granularity unit = granularity(granularity);
        KpiOverviewQueries.Overview read = overviews.overview(range.scope(), range.from(), range.to(), unit);
        return new KpiOverview(series(range, unit, read.series()), funnel(range, read.stages()), read.targets());
    }

    private static KpiSeries series(KpiRange range, KpiQueries.Granularity unit, Map<java.time.Instant, ActivityTotals> buckets) {
        List<KpiSeries.Point> points = new ArrayList<>();
        for (Map.Entry<java.time.Instant, ActivityTotals> e : buckets.entrySet()) {
            points.add(new KpiSeries.Point(e.getKey(), KpiFigures.of(e.getValue())));
        }
        return new KpiSeries(range.scope().scope(), range.scope().id(), unit.name().toLowerCase(Locale.ROOT), points);
    }

    @GET
    @Path("/funnel")
    @Operation(summary = "The journey funnel (awareness → advocacy) of one campaign, launch or product")
    @APIResponse(responseCode = "200", description = "All five stages in funnel order")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope or range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FunnelReport funnel(@Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
            @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
                               @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        KpiRange range = KpiRange.parse(campaignId, launchId, productId, from, to);
        return funnel(range, queries.byStage(range.scope(), range.from(), range.to()));
    }

    private static FunnelReport funnel(KpiRange range, Map<JourneyStage, ActivityTotals> stages) {
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

    private static KpiQueries.Granularity granularity(String value) {
        if (value == null || value.isBlank()) {
            return KpiQueries.Granularity.DAY;
        }
        try {
            return KpiQueries.Granularity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("granularity", "must be hour or day");
        }
    }
}
