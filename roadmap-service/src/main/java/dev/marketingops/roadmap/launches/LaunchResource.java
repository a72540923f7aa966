package dev.marketingops.roadmap.launches;

import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Launches of LAUNCH items and their lifecycle: schedule, reschedule, launch, cancel, complete. */
@Path("/api/v1/launches")
@Tag(name = "Launches", description = "Launches and their lifecycle; each step is published on roadmap.launches")
public class LaunchResource {

    private final Caller caller;
    private final LaunchLifecycle lifecycle;

    public LaunchResource(Caller caller, LaunchLifecycle lifecycle) {
        this.caller = caller;
        this.lifecycle = lifecycle;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create the launch of a LAUNCH item", description = "Starts PLANNED. The item's owner team only, unless admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LaunchView.class)))
    @APIResponse(responseCode = "409", description = "The item already has a launch")
    @APIResponse(responseCode = "422", description = "Unknown or non-LAUNCH item, or a launch date outside the item's dates")
    public Response create(@NotNull @Valid LaunchRequests.NewLaunch request) {
        RoadmapItem item = Existing.orInvalid(RoadmapItem.lockedOrNull(request.itemId()), "itemId", "Roadmap item", request.itemId());
        caller.requireOwnerTeam(item.ownerTeam);
        Launch launch = lifecycle.create(item, request);
        return Versioned.created(URI.create("/api/v1/launches/" + launch.id), LaunchView.of(launch, List.of()), launch.version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List launches", description = "Paged, by launch date; filter by status and item.")
    @APIResponse(responseCode = "200", description = "A page of launches")
    public Page<LaunchView> list(@Parameter(example = "SCHEDULED") @QueryParam("status") String status,
                                 @QueryParam("itemId") String itemId,
                                 @BeanParam PageRequest page) {
        Filter filter = new Filter()
                .eq("status", QueryValues.enumValue(LaunchStatus.class, status, "status"))
                .eq("itemId", QueryValues.uuid(itemId, "itemId"));
        return page.apply(Launch.find(filter.query(), Sort.by("launchDate").and("id"), filter.params()), LaunchView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a launch with its campaigns", description = "Campaigns and their states come from campaign.lifecycle events.")
    @APIResponse(responseCode = "200", description = "The launch; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such launch")
    public Response get(@PathParam("id") UUID id) {
        Launch launch = Existing.orNotFound(Launch.<Launch>findById(id), "Launch", id);
        return Versioned.ok(LaunchView.of(launch, LaunchCampaign.ofLaunch(id)), launch.version);
    }

    @POST
    @Path("/{id}/schedule")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Schedule a planned launch", description = "Publishes LaunchScheduled with channels, audience and objectives. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Scheduled")
    @APIResponse(responseCode = "409", description = "Not PLANNED; lists the allowed actions")
    @APIResponse(responseCode = "422", description = "The item has no channels")
    public Response schedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, lifecycle::schedule);
    }

    @POST
    @Path("/{id}/reschedule")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Move a scheduled launch to a new date", description = "Publishes LaunchRescheduled. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Rescheduled")
    @APIResponse(responseCode = "409", description = "Not SCHEDULED; lists the allowed actions")
    @APIResponse(responseCode = "422", description = "New date outside the item's dates, or unchanged")
    public Response reschedule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid LaunchRequests.Reschedule request) {
        return step(id, ifMatch, (launch, item) -> lifecycle.reschedule(launch, item, request));
    }

    @POST
    @Path("/{id}/launch")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Mark a scheduled launch as launched", description = "Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Launched")
    @APIResponse(responseCode = "409", description = "Not SCHEDULED; lists the allowed actions")
    public Response launch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, (launch, item) -> lifecycle.markLaunched(launch));
    }

    @POST
    @Path("/{id}/cancel")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Cancel an open launch", description = "Publishes LaunchCancelled with the reason. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "409", description = "Already COMPLETED or CANCELLED")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid LaunchRequests.Cancel request) {
        return step(id, ifMatch, (launch, item) -> lifecycle.cancel(launch, item, request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Complete a launched launch", description = "Publishes LaunchCompleted. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "409", description = "Not LAUNCHED; lists the allowed actions")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, lifecycle::complete);
    }

    /** One lifecycle step under the item's row lock, for its owner team, against the version the client saw. */
    private Response step(UUID id, String ifMatch, BiConsumer<Launch, RoadmapItem> action) {
        Launch launch = Existing.orNotFound(Launch.<Launch>findById(id), "Launch", id);
        RoadmapItem item = LaunchLifecycle.lockedItemOf(launch);
        Launch.getEntityManager().refresh(launch);
        caller.requireOwnerTeam(item.ownerTeam);
        ETags.requireCurrent(ifMatch, launch.version);
        action.accept(launch, item);
        Launch.flush();
        return Versioned.ok(LaunchView.of(launch, LaunchCampaign.ofLaunch(id)), launch.version);
    }
}
