package dev.marketingops.plumbing.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses a body larger than the limit up front, with a problem+json 413 rather than a bare status. */
@ApplicationScoped
public class RequestSizeGuard {

    private final long limit;

    public RequestSizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                + "\"detail\":\"The request body is larger than the limit of " + limit + " bytes\","
                                + "\"instance\":\"" + rc.request().path().replace("\"", "") + "\"}");
                return;
            }
            rc.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
