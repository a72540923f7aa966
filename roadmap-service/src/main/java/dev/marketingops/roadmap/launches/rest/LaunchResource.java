package dev.marketingops.roadmap.launches.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.roadmap.launches.app.LaunchCommands;
import dev.marketingops.roadmap.launches.app.LaunchQueries;
import dev.marketingops.roadmap.launches.domain.LaunchStatus;
import dev.marketingops.roadmap.launches.domain.LaunchWithCampaigns;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Launches of LAUNCH items and their lifecycle: schedule, reschedule, launch, cancel, complete. */
@Path("/api/v1/launches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Launches", description = "Launches and their lifecycle; each step is published on roadmap.launches")
public class LaunchResource {

    private final LaunchCommands commands;
    private final LaunchQueries queries;

    public LaunchResource(LaunchCommands commands, LaunchQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create the launch of a LAUNCH item", description = "Starts PLANNED. The item's owner team only, unless admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LaunchView.class)))
    @APIResponse(responseCode = "409", description = "The item already has a launch")
    @APIResponse(responseCode = "422", description = "Unknown or non-LAUNCH item, or a launch date outside the item's dates")
    public RestResponse<LaunchView> create(@NotNull @Valid LaunchRequests.NewLaunch request) {
        LaunchWithCampaigns launch = commands.create(request);
        return Versioned.created(URI.create("/api/v1/launches/" + launch.launch().id), LaunchView.of(launch),
                launch.launch().version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List launches", description = "Paged, by launch date; filter by status and item.")
    @APIResponse(responseCode = "200", description = "A page of launches")
    public Page<LaunchView> list(@Parameter(example = "SCHEDULED") @QueryParam("status") String status,
                                 @QueryParam("itemId") String itemId,
                                 @BeanParam PageRequest page) {
        return queries.page(QueryValues.enumValue(LaunchStatus.class, status, "status"), QueryValues.uuid(itemId, "itemId"), page)
                .map(LaunchView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a launch with its campaigns", description = "Campaigns and their states come from campaign.lifecycle events.")
    @APIResponse(responseCode = "200", description = "The launch; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such launch")
    public RestResponse<LaunchView> get(@PathParam("id") UUID id) {
        return answer(queries.get(id));
    }

    @POST
    @Path("/{id}/schedule")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Schedule a planned launch", description = "Publishes LaunchScheduled with channels, audience and objectives. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Scheduled")
    @APIResponse(responseCode = "409", description = "Not PLANNED; lists the allowed actions")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "The item has no channels")
    public RestResponse<LaunchView> schedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(commands.schedule(id, ifMatch));
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Move a scheduled launch to a new date", description = "Publishes LaunchRescheduled. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Rescheduled")
    @APIResponse(responseCode = "409", description = "Not SCHEDULED; lists the allowed actions")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "New date outside the item's dates, before today (UTC), or unchanged")
    public RestResponse<LaunchView> reschedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               @NotNull @Valid LaunchRequests.Reschedule request) {
        return answer(commands.reschedule(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/launch")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Mark a scheduled launch as launched", description = "Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Launched")
    @APIResponse(responseCode = "409", description = "Not SCHEDULED; lists the allowed actions")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public RestResponse<LaunchView> launch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(commands.markLaunched(id, ifMatch));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Cancel an open launch", description = "Publishes LaunchCancelled with the reason. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Already COMPLETED or CANCELLED")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public RestResponse<LaunchView> cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @NotNull @Valid LaunchRequests.Cancel request) {
        return answer(commands.cancel(id, ifMatch, request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Complete a launched launch", description = "Publishes LaunchCompleted. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "409", description = "Not LAUNCHED; lists the allowed actions")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public RestResponse<LaunchView> complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(commands.complete(id, ifMatch));
    }

    private static RestResponse<LaunchView> answer(LaunchWithCampaigns launch) {
        return Versioned.ok(LaunchView.of(launch), launch.launch().version);
    }
}
