package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A body sent without a Content-Type is a 415 naming {@code Content-Type}, in every service alike. */
public class UntypedBodies {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String MESSAGE = "is required with a body; send application/json (or the type the operation documents)";

    @ServerRequestFilter
    public void requireContentType(HttpServerRequest raw) {
        // RESTEasy Reactive read such a body as JSON for a method with @Consumes(JSON) and refused it for one without.
        // A bodiless call (an action POST, a DELETE) needs none, and a read's body is ignored (BodilessReads).
        if (!READS.contains(raw.method()) && hasBody(raw) && isBlank(raw.headers().get(HttpHeaders.CONTENT_TYPE))) {
            throw new ProblemException(415, "Unsupported Media Type", HttpHeaders.CONTENT_TYPE + " " + MESSAGE,
                    List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, MESSAGE)), null);
        }
    }

    private static boolean hasBody(HttpServerRequest raw) {
        String length = raw.headers().get(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !"0".equals(length.trim());
        }
        return raw.headers().contains("Transfer-Encoding");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
