package dev.marketingops.feedback.roadmap.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.roadmap.app.LaunchQueries;
import dev.marketingops.feedback.roadmap.domain.TrackedLaunch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Launches this service tracks from roadmap.launches. */
@Path("/api/v1/launches")
@Tag(name = "Roadmap loop")
@Produces(MediaType.APPLICATION_JSON)
public class LaunchResource {

    private final LaunchQueries queries;

    public LaunchResource(LaunchQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{launchId}")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "A tracked launch: its item, product, date and status as roadmap announced them")
    @APIResponse(responseCode = "200", description = "The launch")
    @APIResponse(responseCode = "404", description = "No event about this launch has arrived")
    public LaunchView get(@PathParam("launchId") UUID launchId) {
        TrackedLaunch launch = queries.launch(launchId);
        return new LaunchView(launch.launchId, launch.itemId, launch.productId, launch.name, launch.launchDate,
                launch.status, launch.completedAt);
    }

    /** A tracked launch as shown. */
    public record LaunchView(UUID launchId, UUID itemId, UUID productId, String name, LocalDate launchDate,
                             TrackedLaunch.Status status, Instant completedAt) {
    }
}
