package dev.marketingops.feedback.collect.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.collect.app.FeedbackIntake;
import dev.marketingops.feedback.collect.app.FeedbackQueries;
import dev.marketingops.feedback.collect.domain.InboxFilter;
import dev.marketingops.feedback.subject.domain.TimeRange;
import dev.marketingops.plumbing.idempotency.IdempotencyKey;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collects feedback from widgets and surveys, and shows it in the inbox. */
@Path("/api/v1/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final FeedbackIntake intake;
    private final FeedbackQueries queries;
    private final Clock clock;
    private final Caller caller;

    public FeedbackResource(FeedbackIntake intake, FeedbackQueries queries, Clock clock, Caller caller) {
        this.intake = intake;
        this.queries = queries;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TOOL_INGEST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "Submit NPS, CSAT, a review or a feature request",
            description = "Emails, phone numbers and card numbers in the text are redacted before storing; the customer "
                    + "reference is kept only as a keyed hash. A repeated Idempotency-Key (per caller, kept 24 h) answers the first result with 200; the same key with another "
                    + "submission is a 422.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackIntake.Accepted.class)))
    @APIResponse(responseCode = "200", description = "Already stored under this Idempotency-Key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackIntake.Accepted.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or unknown type; errors[].field names the field")
    @APIResponse(responseCode = "422", description = "Score, rating or text do not fit the type, submittedAt is before "
            + "2000 or more than a day (marketingops.events.max-future-skew) ahead of the service's clock, the "
            + "Idempotency-Key was used for another submission, or the customer was erased after making this submission "
            + "(customerRef); errors[].field names the field")
    public Response submit(@Valid @NotNull FeedbackRequest request,
                           @Parameter(description = "The client's id for this submission, so a retry is stored once")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Context UriInfo uri) {
        String key = IdempotencyKey.parse(idempotencyKey).map(IdempotencyKey::value).orElse(null);
        FeedbackIntake.Accepted accepted = intake.submit(caller.name(), request.toSubmission(key));
        Response.ResponseBuilder response = accepted.duplicate() ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(accepted.feedbackId().toString()).build());
        return response.entity(accepted).build();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "The feedback inbox: responses newest first, filtered and paged",
            description = "Redacted text, sentiment and themes only; never the customer hash. Every filter is optional; "
                    + "'from' and 'to' take a UTC date or an instant (a date as 'to' includes that day).")
    @APIResponse(responseCode = "200", description = "One page of feedback, newest first")
    @APIResponse(responseCode = "400", description = "Unknown type or sentiment, unreadable date, reversed range, "
            + "theme too long or page out of range; errors[].field names the parameter")
    public Page<FeedbackView> list(@QueryParam("productId") UUID productId,
                                   @QueryParam("launchId") UUID launchId,
                                   @QueryParam("campaignId") UUID campaignId,
                                   @BeanParam InboxParams inbox,
                                   @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @BeanParam PageRequest paging) {
        paging.validated();
        TimeRange range = (from == null || from.isBlank()) && (to == null || to.isBlank()) ? null : TimeRange.parseAnyLength(from, to, clock);
        InboxFilter filter = inbox.filter(productId, launchId, campaignId, null, range);
        return queries.inbox(filter, paging.page(), paging.size()).map(FeedbackView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.FEEDBACK_MANAGER, Roles.ADMIN})
    @Operation(summary = "One piece of feedback, redacted, with its sentiment and themes")
    @APIResponse(responseCode = "200", description = "The feedback")
    @APIResponse(responseCode = "404", description = "No such feedback (or it was erased)")
    public FeedbackView get(@PathParam("id") UUID id) {
        return FeedbackView.of(queries.get(id));
    }
}
