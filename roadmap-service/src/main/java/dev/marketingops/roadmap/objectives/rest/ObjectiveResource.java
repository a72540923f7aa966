package dev.marketingops.roadmap.objectives.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.roadmap.objectives.app.ObjectiveCommands;
import dev.marketingops.roadmap.objectives.app.ObjectiveQueries;
import dev.marketingops.roadmap.objectives.domain.TrackedObjective;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** SMART objectives on a roadmap item, with live progress from KPI events. */
@Path("/api/v1/items/{id}/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives", description = "SMART objectives with progress from metrics.kpis")
public class ObjectiveResource {

    /** The 422 both writes can answer. */
    private static final String RULE_BROKEN = "Target on the wrong side of the baseline, baseline or target outside the "
            + "KPI's range (nps -100 to 100, csat 1 to 5, ctr and conversion_rate 0 to 1, roi from -1, others from 0), "
            + "or due date not after the start";

    private final ObjectiveCommands commands;
    private final ObjectiveQueries queries;

    public ObjectiveResource(ObjectiveCommands commands, ObjectiveQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List an item's objectives with their progress",
            description = "By due date; filter by KPI. Not paged: an item has a handful of objectives. Status is evaluated as of today.")
    @APIResponse(responseCode = "200", description = "The item's objectives")
    @APIResponse(responseCode = "404", description = "No such item")
    public List<ObjectiveView> list(@PathParam("id") UUID itemId,
                                    @Parameter(example = "conversions") @QueryParam("kpiKey") String kpiKey) {
        return queries.ofItem(itemId, kpiKey).stream().map(ObjectiveView::of).toList();
    }

    @GET
    @Path("/{objectiveId}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get one objective with its progress")
    @APIResponse(responseCode = "200", description = "The objective; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such objective on this item")
    public RestResponse<ObjectiveView> get(@PathParam("id") UUID itemId, @PathParam("objectiveId") UUID objectiveId) {
        TrackedObjective objective = queries.get(itemId, objectiveId);
        return Versioned.ok(ObjectiveView.of(objective), objective.objective().version);
    }

    @POST
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Set an objective on an item", description = "Publishes ObjectiveChanged (CREATED). The item's owner team only, unless admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "422", description = RULE_BROKEN)
    public RestResponse<ObjectiveView> create(@PathParam("id") UUID itemId, @NotNull @Valid ObjectiveRequest request) {
        TrackedObjective objective = commands.create(itemId, request);
        return Versioned.created(URI.create("/api/v1/items/" + itemId + "/objectives/" + objective.objective().id),
                ObjectiveView.of(objective), objective.objective().version);
    }

    @PUT
    @Path("/{objectiveId}")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Change an objective", description = "Publishes ObjectiveChanged (UPDATED). Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = RULE_BROKEN)
    public RestResponse<ObjectiveView> update(@PathParam("id") UUID itemId, @PathParam("objectiveId") UUID objectiveId,
                                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ObjectiveRequest request) {
        TrackedObjective objective = commands.update(itemId, objectiveId, ifMatch, request);
        return Versioned.ok(ObjectiveView.of(objective), objective.objective().version);
    }

    @DELETE
    @Path("/{objectiveId}")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Drop an objective", description = "Publishes ObjectiveChanged (DELETED) with its last values. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response delete(@PathParam("id") UUID itemId, @PathParam("objectiveId") UUID objectiveId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        commands.delete(itemId, objectiveId, ifMatch);
        return Response.noContent().build();
    }
}
