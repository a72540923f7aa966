package dev.marketingops.plumbing.rest;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A GET or HEAD has no body, so its Content-Type says nothing: it is dropped before matching, so a resource's
 * {@code @Consumes} never answers a read with 415 (some clients and proxies send {@code Content-Type: text/html}).
 */
public class BodilessReads {

    @ServerRequestFilter(preMatching = true)
    public void ignoreContentType(ContainerRequestContext request, HttpServerRequest raw) {
        // Asked of Vert.x's request: asking the JAX-RS context would build its header map for every request.
        HttpMethod method = raw.method();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && raw.headers().contains(HttpHeaders.CONTENT_TYPE)) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
