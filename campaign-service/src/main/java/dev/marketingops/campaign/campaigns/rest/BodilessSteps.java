package dev.marketingops.campaign.campaigns.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets a client take a lifecycle step with a bare {@code POST}: an empty body is read as "no reason given" whatever
 * Content-Type came with it (none from curl, form-urlencoded from some clients), instead of being refused with 415.
 */
public class BodilessSteps {

    @ServerRequestFilter(preMatching = true)
    public void treatEmptyBodyAsJson(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && isEmptyBody(request)
                && request.getUriInfo().getPath().startsWith("/api/v1/campaigns/")) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean isEmptyBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return false;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null || "0".equals(length.trim());
    }
}
