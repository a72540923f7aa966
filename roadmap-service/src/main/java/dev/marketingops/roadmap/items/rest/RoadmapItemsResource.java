package dev.marketingops.roadmap.items.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.roadmap.items.app.ItemCommands;
import dev.marketingops.roadmap.items.app.ItemQueries;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The items of one roadmap. */
@Path("/api/v1/roadmaps/{id}/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap items", description = "Initiatives, launches, assessments and improvements on a roadmap")
public class RoadmapItemsResource {

    private final ItemCommands commands;
    private final ItemQueries queries;

    public RoadmapItemsResource(ItemCommands commands, ItemQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Add an item to a roadmap",
            description = "The roadmap's owner team only, for an item of that same team, unless admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "403", description = "Another team's roadmap, or an item for another team")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    @APIResponse(responseCode = "422", description = "A date outside the roadmap's fiscal year give or take two years "
            + "(naming startDate or endDate), end before start, unknown product or dependency, or a dependency cycle")
    public RestResponse<ItemView> create(@PathParam("id") UUID roadmapId, @NotNull @Valid ItemRequests.ItemBody body) {
        RoadmapItem item = commands.create(roadmapId, body);
        return Versioned.created(URI.create("/api/v1/items/" + item.id), ItemView.of(item), item.version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List a roadmap's items", description = "Paged, by start date; filter by type, status and owner team.")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public Page<ItemView> list(@PathParam("id") UUID roadmapId,
                               @Parameter(example = "LAUNCH") @QueryParam("type") String type,
                               @Parameter(example = "PLANNED") @QueryParam("status") String status,
                               @Parameter(example = "growth") @QueryParam("ownerTeam") String ownerTeam,
                               @BeanParam PageRequest page) {
        return queries.page(roadmapId, type, status, ownerTeam, page).map(ItemView::of);
    }
}
