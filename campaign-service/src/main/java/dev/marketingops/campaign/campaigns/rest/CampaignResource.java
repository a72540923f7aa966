package dev.marketingops.campaign.campaigns.rest;

import dev.marketingops.campaign.campaigns.app.CampaignCommands;
import dev.marketingops.campaign.campaigns.app.CampaignFilter;
import dev.marketingops.campaign.campaigns.app.CampaignQueries;
import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.RequiredBody;
import dev.marketingops.plumbing.rest.Versioned;
import jakarta.ws.rs.BeanParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Campaigns over REST: plan, edit with optimistic concurrency, and step through the lifecycle. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaigns, their lifecycle and history")
public class CampaignResource {

    private final CampaignCommands commands;
    private final CampaignQueries queries;

    public CampaignResource(CampaignCommands commands, CampaignQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a DRAFT campaign for your team")
    @APIResponse(responseCode = "201", description = "Created; ETag carries the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Malformed field")
    @APIResponse(responseCode = "403", description = "Another team's campaign")
    @APIResponse(responseCode = "422", description = "A rule is broken, e.g. end before start")
    public RestResponse<CampaignView> create(@RequiredBody @Valid CampaignRequest request) {
        Campaign campaign = commands.create(request);
        return Versioned.created(URI.create("/api/v1/campaigns/" + campaign.id), CampaignView.of(campaign), campaign.version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "List campaigns, paged and filtered; ids looks up to " + CampaignIds.MOST + " campaigns at once",
            description = "Every filter narrows the list; ids unknown to the service are left out of the page. "
                    + "400 (problem+json, errors[].field names the parameter) for a malformed filter or paging "
                    + "parameter, and for ids with more than " + CampaignIds.MOST + " ids or one that is not a UUID.")
    public Page<CampaignView> list(@QueryParam("status") CampaignStatus status,
                                   @QueryParam("launchId") UUID launchId,
                                   @QueryParam("productId") UUID productId,
                                   @QueryParam("channel") Channel channel,
                                   @QueryParam("team") String team,
                                   @Parameter(description = "Comma-separated campaign ids, at most " + CampaignIds.MOST
                                           + " (pass size=" + CampaignIds.MOST + " or more to get all in one page)",
                                           schema = @Schema(type = SchemaType.STRING, maxLength = CampaignIds.MAX_LENGTH))
                                   @QueryParam("ids") String ids,
                                   @BeanParam PageRequest page) {
        return queries.list(new CampaignFilter(status, launchId, productId, channel, team, CampaignIds.parse(ids)), page)
                .map(CampaignView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "One campaign; the ETag header is its version for If-Match")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public RestResponse<CampaignView> get(@PathParam("id") UUID id) {
        return versioned(queries.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace a campaign's plan; send If-Match with the ETag you read")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is COMPLETED or CANCELLED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "A rule is broken, e.g. budget below spend")
    public RestResponse<CampaignView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                             @RequiredBody @Valid CampaignRequest request) {
        return versioned(commands.update(id, request, ifMatch));
    }

    @POST
    @Path("/{id}/{action: schedule|activate|pause|resume|complete|cancel}")
    @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
    @Operation(summary = "Take a lifecycle step: schedule, activate, pause, resume, complete or cancel")
    @APIResponse(responseCode = "200", description = "The campaign after the step", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; `allowed` lists what is")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "schedule: the budget is 0 or the start is in the past")
    public RestResponse<CampaignView> step(@PathParam("id") UUID id,
                                           @Parameter(schema = @Schema(enumeration = {"schedule", "activate", "pause", "resume", "complete", "cancel"}))
                                           @PathParam("action") String action,
                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           // Optional: a bare POST with no body takes the step without a reason.
                                           @RequestBody(required = false) @Valid StepRequest request) {
        String reason = request == null ? null : request.reason();
        return versioned(commands.step(id, CampaignAction.fromPath(action), reason, ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.VIEWER, Roles.CAMPAIGN_MANAGER, Roles.ROADMAP_EDITOR, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Every recorded step of a campaign: who, when, why, oldest first")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(TransitionView::of).toList();
    }

    private static RestResponse<CampaignView> versioned(Campaign campaign) {
        return Versioned.ok(CampaignView.of(campaign), campaign.version);
    }
}
