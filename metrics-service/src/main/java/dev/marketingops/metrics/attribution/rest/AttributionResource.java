package dev.marketingops.metrics.attribution.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.metrics.attribution.app.AttributionQueries;
import dev.marketingops.metrics.attribution.domain.AttributionResult;
import dev.marketingops.metrics.kpis.rest.KpiScopeParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Multi-touch attribution of a campaign's, launch's or product's conversions to its campaigns and channels. */
@Path("/api/v1/attribution")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attribution", description = "Which campaigns and channels brought the customers who converted")
@RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ADMIN})
public class AttributionResource {

    static final String ONE_SCOPE = "Give exactly one of campaignId, launchId and productId (a UUID); none or several is a 400";

    private final AttributionQueries queries;

    public AttributionResource(AttributionQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Conversions and revenue in [from, to) credited to campaigns and channels under one model or all",
            description = "Journeys are the customers' touchpoints (impressions, clicks, engagements, signups) of the "
                    + "scope's campaigns; each conversion (and each revenue event) credits the touchpoints in "
                    + "[its time - lookback, its time]. Conversions with none are unattributed. Money is per currency, "
                    + "never summed across currencies. from/to are widened to whole hours.")
    @APIResponse(responseCode = "200", description = "One entry per model, in the order last-touch, first-touch, "
            + "linear, time-decay, position-based, data-driven for model=all",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttributionReport.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed scope, range, model or parameter (named in errors[0].field)")
    @APIResponse(responseCode = "422", description = "to not after from, firstShare + lastShare above 1, or more Markov "
            + "states than the data-driven model handles (field order)")
    public AttributionReport attribution(
            @Parameter(description = ONE_SCOPE) @QueryParam("campaignId") String campaignId,
            @Parameter(description = ONE_SCOPE) @QueryParam("launchId") String launchId,
            @Parameter(description = ONE_SCOPE) @QueryParam("productId") String productId,
            @Parameter(description = "Conversions from (ISO-8601 instant or date, inclusive)") @QueryParam("from") String from,
            @Parameter(description = "Conversions to (ISO-8601 instant, exclusive, or a date meaning through that day)") @QueryParam("to") String to,
            @Parameter(description = "last-touch (default), first-touch, linear, time-decay, position-based, data-driven or all")
            @QueryParam("model") String model,
            @Parameter(description = "ISO-8601 duration, 0 to P180D; default P30D") @QueryParam("lookback") String lookback,
            @Parameter(description = "time-decay: ISO-8601 duration, PT1H to P180D; default P7D") @QueryParam("halfLife") String halfLife,
            @Parameter(description = "position-based: first touchpoint's share, 0 to 1 (≤ 6 decimals); default 0.4")
            @QueryParam("firstShare") String firstShare,
            @Parameter(description = "position-based: last touchpoint's share, 0 to 1; firstShare + lastShare ≤ 1; default 0.4")
            @QueryParam("lastShare") String lastShare,
            @Parameter(description = "data-driven: Markov chain order 1, 2 or 3; default 1") @QueryParam("order") String order,
            @Parameter(description = "data-driven: channel (default) or campaign paths") @QueryParam("pathItem") String pathItem) {
        KpiScopeParams.Range range = new KpiScopeParams(campaignId, launchId, productId, from, to).range();
        AttributionParameters p = AttributionParameters.parse(model, lookback, halfLife, firstShare, lastShare, order, pathItem);
        AttributionQueries.Answer answer = queries.attribute(range.scope(), range.from(), range.to(), p.models(), p.parameters());
        List<AttributionReport.ModelCredit> models = new ArrayList<>();
        for (AttributionResult r : answer.results()) {
            models.add(AttributionViews.model(r, p.parameters(), answer.spend()));
        }
        return new AttributionReport(range.scope().scope(), range.scope().id(), range.from(), range.to(),
                p.parameters().lookback().toString(), answer.customers(), models);
    }
}
