package dev.marketingops.roadmap.roadmaps.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.roadmap.roadmaps.app.RoadmapCommands;
import dev.marketingops.roadmap.roadmaps.app.RoadmapQueries;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Roadmaps per product or portfolio and fiscal year. */
@Path("/api/v1/roadmaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmaps", description = "Roadmaps per product or portfolio and fiscal year")
public class RoadmapResource {

    private final RoadmapCommands commands;
    private final RoadmapQueries queries;

    public RoadmapResource(RoadmapCommands commands, RoadmapQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a roadmap", description = "For exactly one of productId or portfolio; one per fiscal year.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoadmapView.class)))
    @APIResponse(responseCode = "409", description = "The product or portfolio already has a roadmap for that year")
    @APIResponse(responseCode = "422", description = "Unknown product, or neither/both of productId and portfolio")
    public RestResponse<RoadmapView> create(@NotNull @Valid RoadmapRequests.NewRoadmap request) {
        Roadmap roadmap = commands.create(request);
        return Versioned.created(URI.create("/api/v1/roadmaps/" + roadmap.id), RoadmapView.of(roadmap), roadmap.version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List roadmaps", description = "Paged; filter by product, fiscal year and owner team.")
    @APIResponse(responseCode = "200", description = "A page of roadmaps")
    public Page<RoadmapView> list(@QueryParam("productId") String productId,
                                  @Parameter(example = "2026") @QueryParam("fiscalYear") Integer fiscalYear,
                                  @Parameter(example = "growth") @QueryParam("ownerTeam") String ownerTeam,
                                  @BeanParam PageRequest page) {
        return queries.page(QueryValues.uuid(productId, "productId"), fiscalYear, ownerTeam, page).map(RoadmapView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public RestResponse<RoadmapView> get(@PathParam("id") UUID id) {
        Roadmap roadmap = queries.get(id);
        return Versioned.ok(RoadmapView.of(roadmap), roadmap.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Update a roadmap's name and growth target", description = "Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public RestResponse<RoadmapView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @NotNull @Valid RoadmapRequests.RoadmapUpdate request) {
        Roadmap roadmap = commands.update(id, ifMatch, request);
        return Versioned.ok(RoadmapView.of(roadmap), roadmap.version);
    }
}
