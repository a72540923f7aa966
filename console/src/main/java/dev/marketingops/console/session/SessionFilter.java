package dev.marketingops.console.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Reads the session cookie into {@link Session}; pages without one send the person to the sign-in page. */
public class SessionFilter {

    @Inject
    Session session;
    @Inject
    SessionCookie settings;

    @ServerRequestFilter
    public Response readCookie(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(settings.session().cookie());
        if (cookie != null && !cookie.getValue().isBlank()) {
            session.signIn(cookie.getValue());
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/sign-in") || path.startsWith("/q/")) {
            return null;
        }
        return Response.seeOther(URI.create("/sign-in")).build();
    }
}
