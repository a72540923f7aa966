package dev.marketingops.roadmap.roadmaps;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.roadmap.products.domain.Product;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import org.hibernate.exception.ConstraintViolationException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roadmaps per product or portfolio and fiscal year. */
@Path("/api/v1/roadmaps")
@Tag(name = "Roadmaps", description = "Roadmaps per product or portfolio and fiscal year")
public class RoadmapResource {

    private final Caller caller;

    public RoadmapResource(Caller caller) {
        this.caller = caller;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a roadmap", description = "For exactly one of productId or portfolio; one per fiscal year.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoadmapView.class)))
    @APIResponse(responseCode = "409", description = "The product or portfolio already has a roadmap for that year")
    @APIResponse(responseCode = "422", description = "Unknown product, or neither/both of productId and portfolio")
    public Response create(@NotNull @Valid RoadmapRequests.NewRoadmap request) {
        caller.requireOwnerTeam(request.ownerTeam());
        if ((request.productId() == null) == (request.portfolio() == null)) {
            throw ProblemException.invalidField("productId", "give exactly one of productId and portfolio");
        }
        if (request.productId() != null) {
            Existing.orInvalid(Product.findById(request.productId()), "productId", "Product", request.productId());
        }
        boolean taken = request.productId() != null
                ? Roadmap.count("productId = ?1 and fiscalYear = ?2", request.productId(), request.fiscalYear()) > 0
                : Roadmap.count("portfolio = ?1 and fiscalYear = ?2", request.portfolio(), request.fiscalYear()) > 0;
        if (taken) {
            throw ProblemException.conflict("There is already a roadmap for fiscal year " + request.fiscalYear());
        }
        Roadmap roadmap = new Roadmap();
        roadmap.id = UUID.randomUUID();
        roadmap.name = request.name();
        roadmap.productId = request.productId();
        roadmap.portfolio = request.portfolio();
        roadmap.fiscalYear = request.fiscalYear();
        roadmap.growthTargetAmount = request.growthTarget().amount();
        roadmap.growthTargetCurrency = request.growthTarget().currency();
        roadmap.ownerTeam = request.ownerTeam();
        try {
            roadmap.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // A concurrent request won the unique (product or portfolio, fiscal year) index after our check.
            throw ProblemException.conflict("There is already a roadmap for fiscal year " + request.fiscalYear());
        }
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
        Filter filter = new Filter()
                .eq("productId", QueryValues.uuid(productId, "productId"))
                .eq("fiscalYear", fiscalYear)
                .eq("ownerTeam", ownerTeam);
        return page.apply(Roadmap.find(filter.query(), Sort.by("fiscalYear").and("name").and("id"), filter.params()),
                RoadmapView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public Response get(@PathParam("id") UUID id) {
        Roadmap roadmap = Existing.orNotFound(Roadmap.<Roadmap>findById(id), "Roadmap", id);
        return Versioned.ok(RoadmapView.of(roadmap), roadmap.version);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Update a roadmap's name and growth target", description = "Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid RoadmapRequests.RoadmapUpdate request) {
        Roadmap roadmap = Existing.orNotFound(Roadmap.<Roadmap>findById(id), "Roadmap", id);
        caller.requireOwnerTeam(roadmap.ownerTeam);
        ETags.requireCurrent(ifMatch, roadmap.version);
        roadmap.name = request.name();
        roadmap.growthTargetAmount = request.growthTarget().amount();
        roadmap.growthTargetCurrency = request.growthTarget().currency();
        Roadmap.flush();
        return Versioned.ok(RoadmapView.of(roadmap), roadmap.version);
    }
}
