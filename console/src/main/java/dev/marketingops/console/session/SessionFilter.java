package dev.marketingops.console.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Reads the session cookie (or a proxy's bearer header) into {@link Session}; without either, pages go to sign-in. */
public class SessionFilter {

    @Inject
    Session session;
    @Inject
    SessionCookie settings;

    @ServerRequestFilter
    public Response readCookie(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(settings.cookie());
        if (cookie != null && !cookie.getValue().isBlank()) {
            session.signIn(cookie.getValue());
            return null;
        }
        // Behind the OpenID Connect proxy on Kubernetes, the proxy forwards the signed-in person's token as a header.
        String header = request.getHeaderString("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7) {
            session.signInFromProxy(header.substring(7).strip());
            return null;
        }
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path : "/" + path;
        if (path.startsWith("/sign-in") || path.startsWith("/q/")) {
            return null;
        }
        return Response.seeOther(URI.create("/sign-in")).build();
    }
}
