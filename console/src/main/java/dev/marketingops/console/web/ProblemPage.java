package dev.marketingops.console.web;

import dev.marketingops.console.session.Session;
import dev.marketingops.console.session.SessionCookie;
import io.quarkus.qute.Template;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A call that failed where the page cannot go on shows the service's problem message with its status; a refused token
 * (401) ends the session instead: the cookie is cleared and the person goes to sign-in, not to a page that cannot work.
 */
public class ProblemPage {

    private final Template problem;
    private final SessionCookie cookie;
    private final Session session;

    public ProblemPage(Template problem, SessionCookie cookie, Session session) {
        this.problem = problem;
        this.cookie = cookie;
        this.session = session;
    }

    @ServerExceptionMapper
    public Response end(SessionEnded ended, HttpHeaders headers) {
        // A section refreshed by htmx follows HX-Redirect with the whole page; a 303 would land sign-in inside it.
        String again = cookie.signInAgain(session.fromProxy());
        Response.ResponseBuilder answer = headers.getHeaderString("HX-Request") != null
                ? Response.status(401).header("HX-Redirect", again)
                : Response.seeOther(URI.create(again));
        return answer.cookie(cookie.cleared()).build();
    }

    @ServerExceptionMapper
    public Response show(ServiceProblem failure) {
        int status = failure.status() >= 500 ? 502 : failure.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(problem.data("problem", failure).data("title", "Could not do that")).build();
    }
}
