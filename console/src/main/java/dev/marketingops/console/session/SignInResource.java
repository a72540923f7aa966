package dev.marketingops.console.session;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/** Signs a person in with a bearer token (or, in the local stack, a role's token) and out again. */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    static final int MAX_TOKEN = 8192;
    /** Three base64url parts: a line break, space or non-ASCII character inside could not travel in a header. */
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final Template signin;
    private final StackTokenFiles stackTokens;
    private final SessionCookie settings;
    private final FormGuard guard;
    private final TokenCheck check;

    public SignInResource(Template signin, StackTokenFiles stackTokens, SessionCookie settings, FormGuard guard,
                          TokenCheck check) {
        this.guard = guard;
        this.check = check;
        this.signin = signin;
        this.stackTokens = stackTokens;
        this.settings = settings;
    }

    @GET
    public TemplateInstance page() {
        return signin.data("roles", stackTokens.roles()).data("error", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("token") String token, @FormParam("role") String role,
                           @FormParam(CsrfToken.FIELD) String csrfField) {
        guard.check(csrfField);
        Optional<String> bearer = role != null && !role.isBlank() ? stackTokens.token(role)
                : Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty());
        if (bearer.isEmpty() || bearer.get().length() > MAX_TOKEN || !JWT.matcher(bearer.get()).matches()) {
            return refused(400, "That is not a bearer token (a JWT of three dot-separated parts, at most "
                    + MAX_TOKEN + " characters).");
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
        return Response.seeOther(URI.create("/")).cookie(cookie(bearer.get(), (int) settings.maxAge().toSeconds())).build();
    }

    private Response refused(int status, String error) {
        return Response.status(status).entity(signin.data("roles", stackTokens.roles()).data("error", error)).build();
    }

    @POST
    @Path("/out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam(CsrfToken.FIELD) String csrfField) {
        guard.check(csrfField);
        return Response.seeOther(URI.create("/sign-in")).cookie(cookie("", 0)).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        // HttpOnly: no script can read the token; Strict: no other site can make the browser send it.
        return new NewCookie.Builder(settings.cookie()).value(value).path("/").httpOnly(true)
                .secure(settings.secure()).sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
