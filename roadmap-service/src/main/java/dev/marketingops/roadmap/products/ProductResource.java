package dev.marketingops.roadmap.products;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.Versioned;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products and their lifecycle stages. */
@Path("/api/v1/products")
@Tag(name = "Products", description = "Products and their lifecycle stage")
public class ProductResource {

    private final Caller caller;
    private final ProductLifecycle lifecycle;
    private final Clock clock;

    public ProductResource(Caller caller, ProductLifecycle lifecycle, Clock clock) {
        this.caller = caller;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Create a product", description = "Publishes LifecycleStageChanged for its first stage. Own team only unless admin.")
    @APIResponse(responseCode = "201", description = "Created; ETag carries the version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Another team's product")
    public Response create(@NotNull @Valid ProductRequests.NewProduct request) {
        caller.requireOwnerTeam(request.ownerTeam());
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.name = request.name();
        product.ownerTeam = request.ownerTeam();
        lifecycle.begin(product, request.stage(), request.stageChangedOn() == null ? LocalDate.now(clock) : request.stageChangedOn());
        Product.flush();
        return Versioned.created(URI.create("/api/v1/products/" + product.id),
                ProductView.of(product, ProductStageChange.history(product.id)), product.version);
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "List products", description = "Paged; filter by stage and owner team.")
    @APIResponse(responseCode = "200", description = "A page of products")
    public Page<ProductView> list(@Parameter(example = "GROWTH") @QueryParam("stage") String stage,
                                  @Parameter(example = "growth") @QueryParam("ownerTeam") String ownerTeam,
                                  @BeanParam PageRequest page) {
        Filter filter = new Filter()
                .eq("stage", QueryValues.enumValue(LifecycleStage.class, stage, "stage"))
                .eq("ownerTeam", ownerTeam);
        return page.apply(Product.find(filter.query(), Sort.by("name").and("id"), filter.params()), ProductView::summary);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Get a product with its stage history")
    @APIResponse(responseCode = "200", description = "The product; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such product")
    public Response get(@PathParam("id") UUID id) {
        Product product = Existing.orNotFound(Product.<Product>findById(id), "Product", id);
        return Versioned.ok(ProductView.of(product, ProductStageChange.history(id)), product.version);
    }

    @POST
    @Path("/{id}/stage")
    @Transactional
    @RolesAllowed({Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Move a product to another lifecycle stage", description = "Publishes LifecycleStageChanged. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Already in that stage")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "Date before the current stage's date")
    public Response changeStage(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @Valid ProductRequests.StageChange request) {
        Product product = Existing.orNotFound(Product.<Product>findById(id, LockModeType.PESSIMISTIC_WRITE), "Product", id);
        caller.requireOwnerTeam(product.ownerTeam);
        ETags.requireCurrent(ifMatch, product.version);
        lifecycle.move(product, request.stage(), request.changedOn() == null ? LocalDate.now(clock) : request.changedOn());
        Product.flush();
        return Versioned.ok(ProductView.of(product, ProductStageChange.history(id)), product.version);
    }
}
