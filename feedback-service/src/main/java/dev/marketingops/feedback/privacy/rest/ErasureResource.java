package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.privacy.app.Erasure;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The right to erasure: a privacy officer removes a customer here, and every other service through privacy.erasure. */
@Path("/api/v1/customers")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    static final int MAX_REF = 200;

    private final Erasure erasure;
    private final Caller caller;

    public ErasureResource(Erasure erasure, Caller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @DELETE
    @Path("/{customerRef}")
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Erase all feedback of a customer and ask every service to do the same (CustomerErasureRequested)")
    @APIResponse(responseCode = "200", description = "How many feedback records were erased here, and the request id")
    public ErasureResult erase(@PathParam("customerRef") String customerRef) {
        if (customerRef.isBlank() || customerRef.length() > MAX_REF) {
            throw ProblemException.badRequest("customerRef", "must be 1 to " + MAX_REF + " characters");
        }
        Erasure.Requested requested = erasure.request(customerRef, caller.name());
        return new ErasureResult(requested.requestId(), requested.erasedFeedback());
    }

    /** The request id (as in the event) and the number of feedback records erased by this service. */
    public record ErasureResult(UUID requestId, long erasedFeedback) {
    }
}
