package dev.marketingops.campaign.overview.rest;

import dev.marketingops.campaign.calendar.rest.CalendarWindow;
import dev.marketingops.campaign.campaigns.app.CampaignFilter;
import dev.marketingops.campaign.overview.app.CampaignOverviewQueries;
import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A campaigns page's and a campaign page's whole read, each in one round trip. */
@Path("/api/v1/campaign-overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignOverviewResource {

    private final CampaignOverviewQueries queries;

    public CampaignOverviewResource(CampaignOverviewQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "A filtered page of campaigns and the calendar of [from, to), in one answer",
            description = "What GET /campaigns and GET /campaigns/calendar answer, read in one transaction. status, "
                    + "channel, launchId and productId narrow the list only; team narrows both; from and to (dates at "
                    + "UTC midnight or instants, at most 400 days apart) are the calendar's window.")
    @APIResponse(responseCode = "200", description = "The list page and the calendar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignsOverview.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter; page or size out of range; a missing, "
            + "unreadable, reversed or too long window; errors[].field names it")
    public CampaignsOverview campaigns(@QueryParam("status") CampaignStatus status,
                                       @QueryParam("launchId") UUID launchId,
                                       @QueryParam("productId") UUID productId,
                                       @QueryParam("channel") Channel channel,
                                       @QueryParam("team") String team,
                                       @Parameter(description = "Calendar start: ISO date (UTC midnight) or instant",
                                               example = "2026-03-01") @QueryParam("from") String from,
                                       @Parameter(description = "Calendar end, exclusive: ISO date or instant",
                                               example = "2026-04-01") @QueryParam("to") String to,
                                       @BeanParam PageRequest page) {
        CalendarWindow window = CalendarWindow.parse(from, to);
        page.validated();
        CampaignOverviewQueries.Listing read = queries.listing(
                new CampaignFilter(status, launchId, productId, channel, team), page, window.from(), window.to());
        return CampaignsOverview.of(read, window.from(), window.to());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "One campaign with its history, in one answer",
            description = "What GET /campaigns/{id} and GET /campaigns/{id}/history answer, read in one transaction.")
    @APIResponse(responseCode = "200", description = "The campaign and its history, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignOverview.class)))
    @APIResponse(responseCode = "400", description = "id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignOverview campaign(@PathParam("id") UUID id) {
        return CampaignOverview.of(queries.campaign(id));
    }
}
