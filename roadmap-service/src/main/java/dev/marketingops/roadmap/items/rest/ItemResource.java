package dev.marketingops.roadmap.items.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.roadmap.items.app.ItemCommands;
import dev.marketingops.roadmap.items.app.ItemQueries;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** One roadmap item: read, replan, move through its statuses. */
@Path("/api/v1/items/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap items")
public class ItemResource {

    private final ItemCommands commands;
    private final ItemQueries queries;

    public ItemResource(ItemCommands commands, ItemQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a roadmap item")
    @APIResponse(responseCode = "200", description = "The item; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such item")
    public RestResponse<ItemView> get(@PathParam("id") UUID id) {
        RoadmapItem item = queries.get(id);
        return Versioned.ok(ItemView.of(item), item.version);
    }

    @PUT
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Replan a roadmap item", description = "Replaces dates, channels, audience and dependencies. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "403", description = "Another team's item")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "A date outside the roadmap's fiscal year give or take two years "
            + "(naming startDate or endDate), end before start, launch outside the new dates, or a dependency cycle")
    public RestResponse<ItemView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @NotNull @Valid ItemRequests.ItemBody body) {
        RoadmapItem item = commands.replan(id, ifMatch, body);
        return Versioned.ok(ItemView.of(item), item.version);
    }

    @POST
    @Path("/status")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Move a roadmap item to another status", description = "PLANNED → IN_PROGRESS → DONE, CANCELLED from open states. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; lists the allowed ones")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public RestResponse<ItemView> changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               @NotNull @Valid ItemRequests.StatusChange body) {
        RoadmapItem item = commands.changeStatus(id, ifMatch, body.status());
        return Versioned.ok(ItemView.of(item), item.version);
    }
}
