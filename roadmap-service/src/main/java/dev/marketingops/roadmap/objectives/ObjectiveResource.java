package dev.marketingops.roadmap.objectives;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SMART objectives on a roadmap item, with live progress from KPI events. */
@Path("/api/v1/items/{id}/objectives")
@Tag(name = "Objectives", description = "SMART objectives with progress from metrics.kpis")
public class ObjectiveResource {

    private final Caller caller;
    private final ObjectivePlanning planning;
    private final Clock clock;

    public ObjectiveResource(Caller caller, ObjectivePlanning planning, Clock clock) {
        this.caller = caller;
        this.planning = planning;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List an item's objectives with their progress",
            description = "By due date; filter by KPI. Not paged: an item has a handful of objectives. Status is evaluated as of today.")
    @APIResponse(responseCode = "200", description = "The item's objectives")
    @APIResponse(responseCode = "404", description = "No such item")
    public List<ObjectiveView> list(@PathParam("id") UUID itemId,
                                    @Parameter(example = "conversions") @QueryParam("kpiKey") String kpiKey) {
        Existing.orNotFound(RoadmapItem.findById(itemId), "Roadmap item", itemId);
        Filter filter = new Filter().eq("itemId", itemId).eq("kpiKey", kpi(kpiKey));
        List<Objective> objectives = Objective.list(filter.query(), Sort.by("dueDate").and("id"), filter.params());
        Map<UUID, ObjectiveReading> readings = ObjectiveReading.of(objectives.stream().map(o -> o.id).toList());
        LocalDate today = LocalDate.now(clock);
        return objectives.stream().map(o -> ObjectiveView.of(o, readings.get(o.id), today)).toList();
    }

    @GET
    @Path("/{objectiveId}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get one objective with its progress")
    @APIResponse(responseCode = "200", description = "The objective; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such objective on this item")
    public Response get(@PathParam("id") UUID itemId, @PathParam("objectiveId") UUID objectiveId) {
        Objective objective = find(itemId, objectiveId);
        return Versioned.ok(view(objective), objective.version);
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Set an objective on an item", description = "Publishes ObjectiveChanged (CREATED). The item's owner team only, unless admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectiveView.class)))
    @APIResponse(responseCode = "422", description = "Target on the wrong side of the baseline, or due date not after the start")
    public Response create(@PathParam("id") UUID itemId, @NotNull @Valid ObjectiveRequest request) {
        RoadmapItem item = lockedOwnedItem(itemId);
        Objective objective = planning.create(item, request);
        return Versioned.created(URI.create("/api/v1/items/" + itemId + "/objectives/" + objective.id),
                view(objective), objective.version);
    }

    @PUT
    @Path("/{objectiveId}")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Change an objective", description = "Publishes ObjectiveChanged (UPDATED). Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response update(@PathParam("id") UUID itemId, @PathParam("objectiveId") UUID objectiveId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ObjectiveRequest request) {
        RoadmapItem item = lockedOwnedItem(itemId);
        Objective objective = find(itemId, objectiveId);
        ETags.requireCurrent(ifMatch, objective.version);
        planning.update(item, objective, request);
        Objective.flush();
        return Versioned.ok(view(objective), objective.version);
    }

    @DELETE
    @Path("/{objectiveId}")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Drop an objective", description = "Publishes ObjectiveChanged (DELETED) with its last values. Honours If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response delete(@PathParam("id") UUID itemId, @PathParam("objectiveId") UUID objectiveId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RoadmapItem item = lockedOwnedItem(itemId);
        Objective objective = find(itemId, objectiveId);
        ETags.requireCurrent(ifMatch, objective.version);
        planning.delete(item, objective);
        return Response.noContent().build();
    }

    private ObjectiveView view(Objective objective) {
        return ObjectiveView.of(objective, ObjectiveReading.findById(objective.id), LocalDate.now(clock));
    }

    private static KpiKey kpi(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return KpiKey.fromWireName(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kpiKey", "unknown KPI key " + value);
        }
    }

    private RoadmapItem lockedOwnedItem(UUID itemId) {
        RoadmapItem item = Existing.orNotFound(RoadmapItem.lockedOrNull(itemId), "Roadmap item", itemId);
        caller.requireOwnerTeam(item.ownerTeam);
        return item;
    }

    private static Objective find(UUID itemId, UUID objectiveId) {
        Objective objective = Objective.findById(objectiveId);
        if (objective == null || !objective.itemId.equals(itemId)) {
            throw ProblemException.notFound("Objective", objectiveId);
        }
        return objective;
    }
}
