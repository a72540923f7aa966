package dev.marketingops.roadmap.products.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.roadmap.products.app.ProductCommands;
import dev.marketingops.roadmap.products.app.ProductQueries;
import dev.marketingops.roadmap.products.domain.ProductWithHistory;
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

/** Products and their lifecycle stages. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Products and their lifecycle stage")
public class ProductResource {

    private final ProductCommands commands;
    private final ProductQueries queries;

    public ProductResource(ProductCommands commands, ProductQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @POST
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a product", description = "Publishes LifecycleStageChanged for its first stage. Own team only unless admin.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries the version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Another team's product")
    public RestResponse<ProductView> create(@NotNull @Valid ProductRequests.NewProduct request) {
        ProductWithHistory product = commands.create(request);
        return Versioned.created(URI.create("/api/v1/products/" + product.product().id), ProductView.of(product),
                product.product().version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List products", description = "Paged; filter by stage and owner team.")
    @APIResponse(responseCode = "200", description = "A page of products")
    public Page<ProductView> list(@Parameter(example = "GROWTH") @QueryParam("stage") String stage,
                                  @Parameter(example = "growth") @QueryParam("ownerTeam") String ownerTeam,
                                  @BeanParam PageRequest page) {
        return queries.page(QueryValues.enumValue(LifecycleStage.class, stage, "stage"), ownerTeam, page)
                .map(ProductView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a product with its stage history")
    @APIResponse(responseCode = "200", description = "The product; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such product")
    public RestResponse<ProductView> get(@PathParam("id") UUID id) {
        ProductWithHistory product = queries.get(id);
        return Versioned.ok(ProductView.of(product), product.product().version);
    }

    @POST
    @Path("/{id}/stage")
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Move a product to another lifecycle stage", description = "Publishes LifecycleStageChanged. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Already in that stage")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Date before the current stage's date")
    public RestResponse<ProductView> changeStage(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @NotNull @Valid ProductRequests.StageChange request) {
        ProductWithHistory product = commands.changeStage(id, ifMatch, request);
        return Versioned.ok(ProductView.of(product), product.product().version);
    }
}
