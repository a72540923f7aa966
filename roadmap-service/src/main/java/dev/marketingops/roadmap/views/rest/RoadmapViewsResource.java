package dev.marketingops.roadmap.views.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.roadmap.items.rest.ItemView;
import dev.marketingops.roadmap.views.app.RoadmapPlan;
import dev.marketingops.roadmap.views.domain.Conflict;
import dev.marketingops.roadmap.views.domain.Granularity;
import dev.marketingops.roadmap.views.domain.PlannedRoadmap;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only views over a roadmap: its timeline and its launch conflicts. */
@Path("/api/v1/roadmaps/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmaps")
public class RoadmapViewsResource {

    private final RoadmapPlan plan;

    public RoadmapViewsResource(RoadmapPlan plan) {
        this.plan = plan;
    }

    @GET
    @Path("/timeline")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Items and launches per month or quarter", description = "An item appears in every bucket its dates touch.")
    @APIResponse(responseCode = "200", description = "The buckets, oldest first")
    @APIResponse(responseCode = "400", description = "Unknown granularity, or the roadmap's dates need more than "
            + Timeline.MAX_BUCKETS + " buckets at it (items stored before dates were bounded)")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public Timeline timeline(@PathParam("id") UUID id,
                             @Parameter(description = "month or quarter", example = "quarter")
                             @QueryParam("granularity") @DefaultValue("quarter") String granularity) {
        // A blank value is read as none given (as blank filters are), so it gets the default rather than null.
        Granularity size = Objects.requireNonNullElse(QueryValues.enumValue(Granularity.class, granularity, "granularity"),
                Granularity.QUARTER);
        PlannedRoadmap planned = plan.of(id);
        return Timeline.of(id, size, planned.items().stream().map(ItemView::of).toList(), planned.launches());
    }

    @GET
    @Path("/conflicts")
    @RolesAllowed({Roles.VIEWER, Roles.ROADMAP_EDITOR, Roles.CAMPAIGN_MANAGER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Launches competing for the same audience and channel",
            description = "Pairs of open launches, at least one on this roadmap, sharing an audience segment and a channel "
                    + "and at most windowDays apart (inclusive).")
    @APIResponse(responseCode = "200", description = "The conflicts, earliest first")
    @APIResponse(responseCode = "400", description = "windowDays outside 0..365")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public ConflictReport conflicts(@PathParam("id") UUID id,
                                    @Parameter(description = "Days apart that still count as a clash", example = "7")
                                    @QueryParam("windowDays") @DefaultValue("7") @Min(0) @Max(365) int windowDays) {
        return new ConflictReport(id, windowDays, plan.conflictsOf(id, windowDays));
    }

    /** The conflicts found for a roadmap with the window used. */
    public record ConflictReport(UUID roadmapId, int windowDays, List<Conflict> conflicts) {
    }
}
