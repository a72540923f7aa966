package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.privacy.app.Erasure;
import dev.marketingops.feedback.privacy.app.ErasureProgress;
import dev.marketingops.plumbing.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The right to erasure with the customer reference in the body, so no URL (trace, proxy log) carries it, and the
 * request's status until every service has erased the customer.
 */
@Path("/api/v1/erasure-requests")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureRequestResource {

    static final String MATCHING = "The reference is matched exactly as the tools submitted it (surrounding blanks "
            + "aside): no case folding or other normalisation, so Jane@Example.com and jane@example.com are two customers, "
            + "and erasing one answers erasedFeedback 0 for the other's feedback.";

    private final Erasure erasure;
    private final ErasureProgress progress;
    private final Caller caller;

    public ErasureRequestResource(Erasure erasure, ErasureProgress progress, Caller caller) {
        this.erasure = erasure;
        this.progress = progress;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Erase all feedback of a customer and ask every service to do the same (CustomerErasureRequested)",
            description = MATCHING + " Feedback's part is done when this answers; the other services erase from the "
                    + "event and announce it (CustomerErasureCompleted): follow the request at its Location until its "
                    + "status is COMPLETED. Repeating a request erases 0 here and is a new request.")
    @APIResponse(responseCode = "202", description = "Erased here and asked of every service: the request with feedback "
            + "DONE and each other service PENDING",
            headers = @Header(name = "Location", description = "The request: /api/v1/erasure-requests/{requestId}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureRequestView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, or customerRef missing, blank, over 200 characters "
            + "or with a NUL character; errors[].field names customerRef")
    public Response request(@Valid @NotNull ErasureRequest request, @Context UriInfo uri) {
        ErasureRequestView view = ErasureRequestView.of(erasure.request(request.customerRef(), caller.name()));
        return Response.accepted(view)
                .location(uri.getAbsolutePathBuilder().path(view.requestId().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(summary = "An erasure request: its status and each service's part",
            description = "status is PENDING until every expected service has announced its erasure, then COMPLETED. "
                    + "Every request is tracked: those made here and those other tools publish on privacy.erasure (by "
                    + "their requestId, from when feedback has read and applied them; requestedBy as they gave it). A "
                    + "service's announcement that arrives before feedback has read the request is kept and applied then.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureRequestView.class)))
    @APIResponse(responseCode = "404", description = "No erasure request with this id is known here: neither made here nor "
            + "read from privacy.erasure (yet)")
    public ErasureRequestView get(@PathParam("id") UUID id) {
        return ErasureRequestView.of(progress.find(id));
    }
}
