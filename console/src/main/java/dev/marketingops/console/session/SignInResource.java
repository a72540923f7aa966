package dev.marketingops.console.session;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/** Signs a person in with a bearer token (or, in the local stack, a role's token) and out again. */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {


    private final Template signin;
    private final StackTokenFiles stackTokens;
    private final SessionCookie settings;
    private final FormGuard guard;
    private final TokenCheck check;
    private final Clock clock;

    public SignInResource(Template signin, StackTokenFiles stackTokens, SessionCookie settings, FormGuard guard,
                          TokenCheck check, Clock clock) {
        this.clock = clock;
        this.guard = guard;
        this.check = check;
        this.signin = signin;
        this.stackTokens = stackTokens;
        this.settings = settings;
    }

    /** {@code ?ended}: a service refused the session's token (expired or revoked), so the person signs in again. */
    @GET
    public TemplateInstance page(@QueryParam("ended") String ended) {
        return signin.data("roles", stackTokens.roles()).data("error", ended == null ? null
                : "Your session has ended (its token expired or is no longer accepted). Sign in again.");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("token") String token, @FormParam("role") String role,
                           @FormParam(CsrfToken.FIELD) String csrfField) {
        guard.check(csrfField);
        Optional<String> bearer = role != null && !role.isBlank() ? stackTokens.token(role)
                : Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty());
        if (bearer.isEmpty() || !TokenCheck.hasShape(bearer.get())) {
            return refused(400, "That is not a bearer token (a JWT of three dot-separated parts, at most "
                    + TokenCheck.MAX_TOKEN + " characters).");
        }
        // The stack's own role tokens are signed by the stack; a pasted one is checked with a service first.
        boolean pasted = role == null || role.isBlank();
        TokenCheck.Verdict verdict = pasted ? check.check(bearer.get()) : TokenCheck.Verdict.ACCEPTED;
        if (verdict == TokenCheck.Verdict.REFUSED) {
            return refused(401, "That token is not valid: the services refuse it (wrong signature, issuer or audience, or expired).");
        }
        if (verdict == TokenCheck.Verdict.UNCHECKED) {
            return refused(503, "The services could not be reached to check that token. Try again in a moment.");
        }
        return Response.seeOther(URI.create("/")).cookie(settings.holding(bearer.get(), Session.expiry(bearer.get()), clock))
                .build();
    }

    private Response refused(int status, String error) {
        return Response.status(status).entity(signin.data("roles", stackTokens.roles()).data("error", error)).build();
    }

    @POST
    @Path("/out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam(CsrfToken.FIELD) String csrfField) {
        guard.check(csrfField);
        return Response.seeOther(URI.create("/sign-in")).cookie(settings.cleared()).build();
    }
}
