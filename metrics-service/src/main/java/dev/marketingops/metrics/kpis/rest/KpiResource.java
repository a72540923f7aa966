package dev.marketingops.metrics.kpis.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.feedback.domain.NpsScores;
import dev.marketingops.metrics.kpis.app.KpiQueries;
import dev.marketingops.metrics.kpis.domain.ActivityTotals;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import dev.marketingops.metrics.kpis.domain.KpiRollups.Granularity;
import dev.marketingops.metrics.attribution.app.AttributionQueries;
import dev.marketingops.metrics.attribution.domain.AttributionModel;
import dev.marketingops.metrics.attribution.domain.Credit;
import dev.marketingops.metrics.journeys.app.PeopleFunnelQueries;
import dev.marketingops.plumbing.problem.ProblemException;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final PeopleFunnelQueries people;
    private final AttributionQueries attribution;

    public KpiResource(KpiQueries queries, PeopleFunnelQueries people, AttributionQueries attribution) {
        this.queries = queries;
        this.people = people;
        this.attribution = attribution;
    }

    @GET
    @Path("/kpis")
    @Operation(summary = "KPIs of one campaign, launch or product over [from, to)",
            description = "Ratios with a zero denominator are null. Money is exact, in its currency; a scope whose "
                    + "spend or revenue is in more than one currency is refused with 422.")
    @APIResponse(responseCode = "200", description = "The KPIs")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or attribution model")
    @APIResponse(responseCode = "422", description = "Mixed currencies, or to not after from")
    public KpiReport kpis(@BeanParam KpiScopeParams params,
            @Parameter(description = "CPA and ROAS under this attribution model (last-touch, first-touch, linear, "
                    + "time-decay, position-based, data-driven; default parameters, 30-day lookback). Absent: as today, "
                    + "from the conversions and revenue the tools reported")
            @QueryParam("attribution") String attributionModel) {
        KpiScopeParams.Range range = params.range();
        Optional<AttributionModel> model = attributionModel(attributionModel);
        KpiQueries.Reading reading = queries.reading(range.scope(), range.from(), range.to());
        KpiFigures figures = reading.figures();
        if (model.isPresent()) {
            Credit credit = attribution.creditOf(range.scope(), range.from(), range.to(), model.get());
            figures = figures.underAttribution(credit.conversions(), credit.revenue());
        }
        return new KpiReport(range.scope().scope(), range.scope().id(), range.from(), range.to(), reading.reach(),
                reading.score().map(NpsScores.Score::nps).orElse(null),
                reading.score().map(NpsScores.Score::csatAverage).orElse(null), figures,
                model.map(AttributionModel::apiName).orElse(null));
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
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or granularity")
    @APIResponse(responseCode = "422", description = "Mixed currencies")
    public KpiSeries timeseries(@BeanParam KpiScopeParams params,
                                @Parameter(description = GRANULARITY) @QueryParam("granularity") String granularity) {
        KpiScopeParams.Range range = params.range();
        Granularity unit = granularity(granularity);
        return series(range, unit, queries.series(range.scope(), range.from(), range.to(), unit));
    }

    @GET
    @Path("/kpis/overview")
    @Operation(summary = "The KPI series, the journey funnel and the KPI targets of one campaign, launch or product, in one answer",
            description = "What GET /kpis/timeseries and GET /funnel answer for the same scope and range, and what "
                    + "GET /targets/{scope}/{scopeId} answers for the scope (every target, whatever its due date), "
                    + "read in one transaction, for pages that show them together in one round trip.")
    @APIResponse(responseCode = "200", description = "The series, the funnel and the targets")
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range or granularity")
    @APIResponse(responseCode = "422", description = "Mixed currencies")
    public KpiOverview overview(@BeanParam KpiScopeParams params,
                                @Parameter(description = GRANULARITY) @QueryParam("granularity") String granularity) {
        KpiScopeParams.Range range = params.range();
        Granularity unit = granularity(granularity);
        KpiQueries.Overview overview = queries.overview(range.scope(), range.from(), range.to(), unit);
        return new KpiOverview(series(range, unit, overview.series()), funnel(range, overview.funnel()), overview.targets());
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
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range, mode or window")
    @APIResponse(responseCode = "422", description = "to not after from")
    public Object funnel(@BeanParam KpiScopeParams params,
            @Parameter(description = "events (default) or people") @QueryParam("mode") String mode,
            @Parameter(description = "people mode: ISO-8601 duration, PT1H to P180D; default P30D. Not used by "
                    + "events mode, but checked in every mode (400 naming window)") @QueryParam("window") String window) {
        KpiScopeParams.Range range = params.range();
        // Checked in every mode: a client sending a bad window with the default mode is told, not silently ignored.
        Duration within = peopleWindow(window);
        if (mode == null || mode.isBlank() || mode.trim().equals("events")) {
            return funnel(range, queries.funnel(range.scope(), range.from(), range.to()));
        }
        if (!mode.trim().equals("people")) {
            throw ProblemException.badRequest("mode", "must be events or people");
        }
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
        } catch (DateTimeParseException e) {
            // answered below, as an out-of-range window
        }
        throw ProblemException.badRequest("window", "must be an ISO-8601 duration from PT1H to P180D, such as P30D");
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
