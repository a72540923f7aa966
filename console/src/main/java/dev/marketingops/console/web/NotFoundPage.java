package dev.marketingops.console.web;

import io.quarkus.qute.Template;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console's page (layout, navigation, a way back) for an address no page matches, instead of a bare 404. */
@Path("/not-found")
@Produces(MediaType.TEXT_HTML)
public class NotFoundPage {

    private static final Pattern NUMBER = Pattern.compile("For input string: \"(.*)\"");
    private static final Pattern UUID_TEXT = Pattern.compile("Invalid UUID string: (.*)");

    private static final String EXAMPLE_ID = "0b6f3c2e-9d1a-4c55-8e0f-2a4b6c8d0e1f";

    private final Template problem;

    public NotFoundPage(Template problem) {
        this.problem = problem;
    }

    /** Where the router sends a request no page matched (see {@link #unmatched}). */
    @GET
    public Response page(@QueryParam("path") String path) {
        // Only an address is echoed: any other text would let a link put its own words on a console page.
        boolean address = path != null && path.startsWith("/") && path.length() <= 200;
        return answer("There is no page at " + (address ? path : "this address") + ".");
    }

    void unmatched(@Observes Router router) {
        // Vert.x's own last resort is a bare "Resource not found". A redirect, not a reroute: the page then comes from a
        // request of its own, read by the session filter like any other, so its navigation shows the person's pages.
        router.errorHandler(404, rc -> {
            if (rc.normalizedPath().startsWith("/not-found") || rc.response().headWritten()) {
                rc.response().setStatusCode(404).end();
                return;
            }
            rc.response().setStatusCode(303).putHeader("Location", location(rc.request().path())).end();
        });
    }

    static String reason(WebApplicationException failure, String path) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            Matcher number = NUMBER.matcher(message);
            if (number.find()) {
                return "‘" + number.group(1) + "’ in the address is not a number.";
            }
            Matcher id = UUID_TEXT.matcher(message);
            if (id.find()) {
                return "‘" + id.group(1) + "’ in the address is not an id: ids look like " + EXAMPLE_ID + ".";
            }
            if (cause instanceof IllegalArgumentException) {
                return "A value in the address " + path + " is not an id: ids look like " + EXAMPLE_ID + ".";
            }
        }
        return "There is no page at " + path + ".";
    }

    /** Where a request no page matched is sent: this page, told the address it asked for. */
    static String location(String rawPath) {
        return "/not-found?path=" + URLEncoder.encode(rawPath, StandardCharsets.UTF_8);
    }

    Response answer(String reason) {
        return RefusedRequestPage.page(problem, 404, "Not found", reason);
    }
}
