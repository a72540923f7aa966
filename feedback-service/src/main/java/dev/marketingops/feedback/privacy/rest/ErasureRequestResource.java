package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.contracts.Roles;
import dev.marketingops.feedback.privacy.app.Erasure;
import dev.marketingops.plumbing.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The right to erasure with the customer reference in the body, so no URL (trace, proxy log) carries it. */
@Path("/api/v1/erasure-requests")
@Tag(name = "Privacy")
public class ErasureRequestResource {

    static final String MATCHING = "The reference is matched exactly as the tools submitted it (surrounding blanks "
            + "aside): no case folding or other normalisation, so Jane@Example.com and jane@example.com are two customers, "
            + "and erasing one answers erasedFeedback 0 for the other's feedback.";

    private final Erasure erasure;
    private final Caller caller;

    public ErasureRequestResource(Erasure erasure, Caller caller) {
        this.erasure = erasure;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Erase all feedback of a customer and ask every service to do the same (CustomerErasureRequested)",
            description = MATCHING + " Repeating a request erases 0 and publishes the request again.")
    @APIResponse(responseCode = "200", description = "How many feedback records were erased here, and the request id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, or customerRef missing, blank, over 200 characters "
            + "or with a NUL character; errors[].field names customerRef")
    public ErasureResult request(@Valid @NotNull ErasureRequest request) {
        return ErasureResult.of(erasure.request(request.customerRef(), caller.name()));
    }
}
