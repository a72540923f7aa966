package dev.marketingops.plumbing.rest;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body without a Content-Type is a 415 naming {@code Content-Type}: RESTEasy Reactive matched it to a method that
 * consumes JSON and read it as JSON, while a method without {@code @Consumes} refused it, so services disagreed.
 * A bodiless call (an action POST, a DELETE) needs no Content-Type.
 */
public class UntypedBodies {

    private static final String MESSAGE = "is required with a body; send application/json (or the type the operation documents)";

    @ServerRequestFilter
    public void requireContentType(HttpServerRequest raw) {
        if (hasBody(raw) && isBlank(raw.headers().get(HttpHeaders.CONTENT_TYPE))) {
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
