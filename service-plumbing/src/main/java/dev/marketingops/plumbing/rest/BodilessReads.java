package dev.marketingops.plumbing.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A GET or HEAD has no body, so its Content-Type says nothing: it is dropped before matching, so a resource's
 * {@code @Consumes} never answers a read with 415 (some clients and proxies send {@code Content-Type: text/html}).
 */
public class BodilessReads {

    @ServerRequestFilter(preMatching = true)
    public void ignoreContentType(ContainerRequestContext request) {
        String method = request.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
