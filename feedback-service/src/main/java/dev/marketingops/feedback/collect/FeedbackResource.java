package dev.marketingops.feedback.collect;

import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collects feedback from widgets and surveys. */
@Path("/api/v1/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    static final int MAX_IDEMPOTENCY_KEY = 200;

    private final FeedbackIntake intake;
    private final EntityManager em;

    public FeedbackResource(FeedbackIntake intake, EntityManager em) {
        this.intake = intake;
        this.em = em;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOOL_INGEST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Submit NPS, CSAT, a review or a feature request",
            description = "Emails, phone numbers and card numbers in the text are redacted before storing; the customer "
                    + "reference is kept only as a keyed hash. A repeated Idempotency-Key answers the first result with 200.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackIntake.Accepted.class)))
    @APIResponse(responseCode = "200", description = "Already stored under this Idempotency-Key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackIntake.Accepted.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or unknown type; errors[].field names the field")
    @APIResponse(responseCode = "422", description = "Score, rating or text do not fit the type; errors[].field names the field")
    public Response submit(@Valid @NotNull FeedbackRequest request,
                           @Parameter(description = "The client's id for this submission, so a retry is stored once")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        FeedbackIntake.Accepted accepted = intake.submit(request.toSubmission(idempotencyKey));
        Response.ResponseBuilder response = accepted.duplicate() ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(accepted.feedbackId().toString()).build());
        return response.entity(accepted).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "One piece of feedback, redacted, with its sentiment and themes")
    @APIResponse(responseCode = "200", description = "The feedback")
    @APIResponse(responseCode = "404", description = "No such feedback (or it was erased)")
    public FeedbackView get(@PathParam("id") UUID id) {
        Feedback feedback = Feedback.findById(id);
        if (feedback == null) {
            throw ProblemException.notFound("Feedback", id);
        }
        @SuppressWarnings("unchecked")
        List<String> themes = em.createNativeQuery("select label from feedback_term where feedback_id = ?1 order by label")
                .setParameter(1, id).getResultList();
        return FeedbackView.of(feedback, themes);
    }
}
