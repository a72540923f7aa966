package dev.marketingops.plumbing.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a NUL character in a path or query parameter or header (PostgreSQL cannot store it): 400 naming it. */
public class NulGuard {

    @ServerRequestFilter
    public Response refuseNul(ContainerRequestContext request, HttpServerRequest raw) {
        if (!mayCarryNul(raw)) {
            return null;
        }
        String field = firstWithNul(request.getUriInfo().getPathParameters(), "");
        if (field == null) {
            field = firstWithNul(request.getUriInfo().getQueryParameters(), "");
        }
        if (field == null) {
            field = firstWithNul(request.getHeaders(), "header ");
        }
        if (field == null && request.getUriInfo().getPath().indexOf('\0') >= 0) {
            field = "path";
        }
        if (field == null) {
            return null;
        }
        String message = "must not contain the NUL character (U+0000)";
        return ProblemMappers.respond(400, "Bad Request", field + ": " + message, request.getUriInfo(),
                List.of(new Problem.FieldError(field, message)), List.of());
    }

    /**
     * The cheap check every request pays (the raw request line and headers, nothing copied or decoded): decoding can
     * only produce U+0000 from "%00" or a literal NUL, and header values are not decoded. Only then are the decoded
     * parameters and headers walked to name the field (JAX-RS builds copies of them to do so).
     */
    private static boolean mayCarryNul(HttpServerRequest raw) {
        String uri = raw.uri();
        if (uri.indexOf('\0') >= 0 || uri.contains("%00")) {
            return true;
        }
        for (Map.Entry<String, String> header : raw.headers()) {
            if (header.getValue().indexOf('\0') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String firstWithNul(MultivaluedMap<String, String> values, String prefix) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            for (String value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return prefix + entry.getKey();
                }
            }
        }
        return null;
    }
}
