package dev.marketingops.console.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A console page for a request refused before a page sees it: an unreadable id or number, a too-large form. */
public class RefusedRequestPage {

    // A class of its own: a mapper inside a resource class would apply to that resource only. Without it, RESTEasy
    // Reactive answers both with an empty body, which Chrome shows as its own "HTTP ERROR 404/413".

    private final Template problem;

    public RefusedRequestPage(Template problem) {
        this.problem = problem;
    }

    /** Other refusals (a form's CSRF 403) keep their own answer. */
    @ServerExceptionMapper
    public Response show(WebApplicationException failure, @Context UriInfo uri) {
        int status = failure.getResponse().getStatus();
        if (status == 404 && failure.getCause() == null) {
            // No page matched: request filters (the session's among them) did not run for this request, so the page
            // is served by a request of its own, with the person's navigation.
            return Response.seeOther(URI.create(NotFoundPage.location(uri.getRequestUri().getRawPath()))).build();
        }
        if (status == 404) {
            return page(problem, 404, "Not found", NotFoundPage.reason(failure, uri.getRequestUri().getRawPath()));
        }
        if (status == 413) {
            return page(problem, 413, "Too much text", "What the form sent is longer than the console takes. Go back, shorten "
                    + "the text (a reason is at most 1,000 characters) and send it again.");
        }
        return failure.getResponse();
    }

    /** The console's problem page, in its layout, with the status given. */
    static Response page(Template problem, int status, String title, String reason) {
        TemplateInstance page = problem.data("title", title).data("reason", reason).data("problem", null);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
