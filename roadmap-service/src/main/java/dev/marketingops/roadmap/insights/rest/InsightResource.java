package dev.marketingops.roadmap.insights.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.roadmap.insights.app.InsightQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What customers say about a roadmap item, from feedback events. */
@Path("/api/v1/items/{id}/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap items")
public class InsightResource {

    private final InsightQueries queries;

    public InsightResource(InsightQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Feedback insights for an item", description = "Feedback count, NPS, average sentiment, top themes and feature-request votes.")
    @APIResponse(responseCode = "200", description = "The insights; zeros when no feedback arrived yet")
    @APIResponse(responseCode = "404", description = "No such item")
    public InsightView get(@PathParam("id") UUID itemId) {
        return InsightView.of(queries.of(itemId));
    }
}
