package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.metrics.attribution.app.AttributionQueries;
import dev.marketingops.metrics.attribution.domain.AttributionModel;
import dev.marketingops.metrics.attribution.domain.Credit;
import dev.marketingops.metrics.feedback.NpsScores;
import dev.marketingops.metrics.journeys.app.PeopleFunnelQueries;
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
import java.time.Duration;
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
    private final PeopleFunnelQueries people;
    private final AttributionQueries attribution;

    public KpiResource(KpiQueries queries, NpsScores nps, KpiOverviewQueries overviews, PeopleFunnelQueries people,
                       AttributionQueries attribution) {
        this.queries = queries;
        this.nps = nps;
        this.overviews = overviews;
        this.people = people;
        this.attribution = attribution;
    }

    @GET
    @Path("/kpis")
    @Operation(summary = "KPIs of one campaign, launch or product over [from, to)",
            description = "Ratios with a zero denominator are null. Money is exact, in its currency; a scope whose "
                    + "spend or revenue is in more than one currency is refused with 422.")
    @APIResponse(responseCode = "200", description = "The KPIs")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or attribution model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Mixed currencies, or to not after from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiReport kpis(@Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
            @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
                          @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId, @QueryParam("from") String from,
                          @QueryParam("to") String to,
            @Parameter(description = "CPA and ROAS under this attribution model (last-touch, first-touch, linear, "
                    + "time-decay, position-based, data-driven; default parameters, 30-day lookback). Absent: as today, "
                    + "from the conversions and revenue the tools reported")
            @QueryParam("attribution") String attribution) {
        KpiRange range = KpiRange.parse(campaignId, launchId, productId, from, to);
        Optional<AttributionModel> model = attributionModel(attribution);
        KpiFigures figures = KpiFigures.of(queries.totals(range.scope(), range.from(), range.to()));
        if (model.isPresent()) {
            Credit credit = this.attribution.creditOf(range.scope(), range.from(), range.to(), model.get());
            figures = figures.underAttribution(credit.conversions(), credit.revenue());
        }
        Optional<NpsScores.Score> score = nps.latest(SubjectType.valueOf(range.scope().scope().name()), range.scope().id());
        return new KpiReport(range.scope().scope(), range.scope().id(), range.from(), range.to(),
                queries.reach(range.scope(), range.from(), range.to()),
                score.map(NpsScores.Score::nps).orElse(null), score.map(NpsScores.Score::csatAverage).orElse(null),
                figures, model.map(AttributionModel::apiName).orElse(null));
    }

    private static Optional<AttributionModel> attributionModel(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(AttributionModel.fromApiName(value.length() > 40 ? "" : value.trim()).orElseThrow(() ->
                ProblemException.badRequest("attribution", "must be last-touch, first-touch, linear, time-decay, "
                        + "position-based or data-driven")));
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
    @Operation(summary = "The journey funnel (awareness → advocacy) of one campaign, launch or product",
            description = "mode=events (default): activity counted per stage from the rollups (FunnelReport). "
                    + "mode=people: distinct customers who reached each stage in order within window, and the conversion "
                    + "rate between consecutive stages (PeopleFunnelReport), from the customers' touchpoints.")
    @APIResponse(responseCode = "200", description = "All five stages in funnel order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(anyOf = {FunnelReport.class, PeopleFunnelReport.class})))
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range, mode or window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "to not after from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Object funnel(@Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
            @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
                               @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId, @QueryParam("from") String from,
                               @QueryParam("to") String to,
            @Parameter(description = "events (default) or people") @QueryParam("mode") String mode,
            @Parameter(description = "people mode: ISO-8601 duration, PT1H to P180D; default P30D") @QueryParam("window") String window) {
        KpiRange range = KpiRange.parse(campaignId, launchId, productId, from, to);
        if (mode == null || mode.isBlank() || mode.trim().equals("events")) {
            return funnel(range, queries.byStage(range.scope(), range.from(), range.to()));
        }
        if (!mode.trim().equals("people")) {
            throw ProblemException.badRequest("mode", "must be events or people");
        }
        Duration within = peopleWindow(window);
        List<PeopleFunnelReport.Step> steps = new ArrayList<>();
        Long previous = null;
        for (Map.Entry<JourneyStage, Long> e : people.customersPerStage(range.scope(), range.from(), range.to(), within).entrySet()) {
            BigDecimal rate = previous == null || previous == 0 ? null
                    : BigDecimal.valueOf(e.getValue()).divide(BigDecimal.valueOf(previous), 6, RoundingMode.HALF_EVEN);
            steps.add(new PeopleFunnelReport.Step(e.getKey(), e.getValue(), rate));
            previous = e.getValue();
        }
        return new PeopleFunnelReport(range.scope().scope(), range.scope().id(), range.from(), range.to(), "people",
                within.toString(), steps);
    }

    private static Duration peopleWindow(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofDays(30);
        }
        try {
            Duration d = Duration.parse(value.length() > 40 ? "x" : value.trim());
            if (d.compareTo(Duration.ofHours(1)) >= 0 && d.compareTo(Duration.ofDays(180)) <= 0) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // answered below, as an out-of-range window
        }
        throw ProblemException.badRequest("window", "must be an ISO-8601 duration from PT1H to P180D, such as P30D");
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
