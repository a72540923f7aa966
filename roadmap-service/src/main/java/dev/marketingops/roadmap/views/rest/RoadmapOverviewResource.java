package dev.marketingops.roadmap.views.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.roadmap.views.app.RoadmapOverviewQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A roadmap page's whole read in one round trip. */
@Path("/api/v1/roadmap-overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmaps")
public class RoadmapOverviewResource {

    private final RoadmapOverviewQuery query;

    public RoadmapOverviewResource(RoadmapOverviewQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Products, a product's roadmaps and one roadmap's items, launches, conflicts and objectives",
            description = "What a roadmap page shows, in one answer. Without productId the first product by name (of at most "
                    + RoadmapOverviewQuery.PRODUCT_LIMIT + ", by name) is chosen; without roadmapId, or with one of "
                    + "another product, the product's roadmap with the latest fiscal year. Launches include cancelled ones; "
                    + "conflicts are as GET /roadmaps/{id}/conflicts reports them; objectives (of all the roadmap's items, "
                    + "by item then due date) carry their progress as of today.")
    @APIResponse(responseCode = "200", description = "The overview; roadmap is null when the product has none")
    @APIResponse(responseCode = "400", description = "productId or roadmapId not a UUID, or windowDays outside 0..365")
    @APIResponse(responseCode = "404", description = "No such product or roadmap")
    public RoadmapOverview overview(@Parameter(description = "The product to show", example = "6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11")
                                    @QueryParam("productId") String productId,
                                    @Parameter(description = "The roadmap to show", example = "3c9f0b7e-2a41-4e8b-9d55-7f1e2a3b4c5d")
                                    @QueryParam("roadmapId") String roadmapId,
                                    @Parameter(description = "Days apart that still count as a clash", example = "7")
                                    @QueryParam("windowDays") @DefaultValue("7") @Min(0) @Max(365) int windowDays) {
        return RoadmapOverview.of(query.of(QueryValues.uuid(productId, "productId"), QueryValues.uuid(roadmapId, "roadmapId"),
                windowDays), windowDays);
    }
}
