package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.collect.domain.SubmissionRules;
import dev.marketingops.feedback.privacy.app.Erasure;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.security.Caller;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The right to erasure with the reference in the URL path: deprecated, since traces and proxy logs keep the path;
 * kept for existing clients ({@link ErasureRequestResource} is the way).
 */
@Path("/api/v1/customers")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    private final Erasure erasure;
    private final Caller caller;

    public ErasureResource(Erasure erasure, Caller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @DELETE
    @Path("/{customerRef}")
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Deprecated: use POST /api/v1/erasure-requests. Erase all feedback of a customer and ask every "
            + "service to do the same (CustomerErasureRequested)", deprecated = true,
            description = "The reference in the path lands in traces (url.path) and proxies' access logs: "
                    + "POST /api/v1/erasure-requests takes it in the body instead. Percent-encode the reference as one "
                    + "path segment: a literal ';' or '?' is refused, since JAX-RS would read only the part before it "
                    + "(another customer's reference). " + ErasureRequestResource.MATCHING)
    @APIResponse(responseCode = "200", description = "Erased here and asked of every service: the request (as GET "
            + "/api/v1/erasure-requests/{requestId} shows it) with feedback DONE and each other service PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureRequestView.class)))
    @APIResponse(responseCode = "400", description = "customerRef blank, over 200 characters or with a NUL character, "
            + "or the URL has a literal ';' or a query (a reference must be percent-encoded: a;b would read as a); "
            + "errors[].field names customerRef")
    public ErasureRequestView erase(@PathParam("customerRef") String customerRef, @Context HttpServerRequest sent) {
        // A literal ';' starts matrix parameters and '?' the query: the path parameter would hold only the part before
        // it, and that part is another customer's reference. Only the percent-encoded forms belong to the reference.
        // The request line as sent: JAX-RS's request URI has the matrix parameters taken off already.
        if (sent.uri().indexOf(';') >= 0 || sent.uri().indexOf('?') >= 0) {
            throw ProblemException.badRequest("customerRef", "must be percent-encoded as one path segment (';' as %3B, "
                    + "'?' as %3F); better, send it in the body of POST /api/v1/erasure-requests");
        }
        if (customerRef.isBlank() || customerRef.length() > SubmissionRules.MAX_CUSTOMER_REF) {
            throw ProblemException.badRequest("customerRef", "must be 1 to " + SubmissionRules.MAX_CUSTOMER_REF + " characters");
        }
        return ErasureRequestView.of(erasure.request(customerRef, caller.name()));
    }
}
