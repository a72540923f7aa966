package dev.marketingops.feedback.roadmap.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.roadmap.app.FeatureRequests;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feature requests gathered on a roadmap item, with their votes and delivery. */
@Path("/api/v1/feature-requests")
@Tag(name = "Roadmap loop")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureRequestResource {

    private final FeatureRequests featureRequests;

    public FeatureRequestResource(FeatureRequests featureRequests) {
        this.featureRequests = featureRequests;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ROADMAP_EDITOR, Roles.ADMIN})
    @Operation(summary = "Feature requests on a roadmap item: votes (one per customer), delivered count, the requests (redacted)")
    @APIResponse(responseCode = "200", description = "The item's requests")
    @APIResponse(responseCode = "400", description = "roadmapItemId missing, bad page or size")
    public ItemRequests list(@QueryParam("roadmapItemId") UUID roadmapItemId,
                             @BeanParam PageRequest paging) {
        if (roadmapItemId == null) {
            throw ProblemException.badRequest("roadmapItemId", "is required");
        }
        paging.validated();
        FeatureRequests.OnItem found = featureRequests.onItem(roadmapItemId, paging.page(), paging.size());
        return new ItemRequests(roadmapItemId, found.requestCount(), found.votes(), found.delivered(),
                found.requests().map(Request::of));
    }

    /** One item's requests: how many, how many customers voted, how many were delivered, and a page of them. */
    public record ItemRequests(UUID roadmapItemId, long requestCount, long votes, long delivered, Page<Request> requests) {
    }

    /** A request as shown: redacted text; delivery set once the item's launch completed. */
    public record Request(UUID feedbackId, String text, Instant submittedAt, Instant deliveredAt, UUID deliveredByLaunch) {

        static Request of(Feedback f) {
            return new Request(f.id, f.redactedText, f.submittedAt, f.deliveredAt, f.deliveredLaunchId);
        }
    }
}
