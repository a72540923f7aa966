package dev.marketingops.console.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CSRF defence for every form: a POST must come from the console's own pages (Origin or Sec-Fetch-Site) and carry the
 * token of its cookie ({@link CsrfToken#verify}, checked by {@link FormGuard}); new tokens are set as a cookie.
 */
public class CsrfFilter {

    @Inject
    CsrfToken csrf;
    @Inject
    SessionCookie settings;

    @ServerRequestFilter(priority = 10)
    public Response readToken(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        csrf.fromCookie(cookie == null ? null : cookie.getValue());
        // Made now, not while a template renders (after this filter chain), so the response filter can set the cookie.
        csrf.token();
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        boolean crossSite = site != null ? !"same-origin".equals(site) && !"none".equals(site)
                : origin != null && !sameOrigin(origin, request.getHeaderString(HttpHeaders.HOST));
        return crossSite ? Response.status(403).entity("Cross-site form posts are refused.").build() : null;
    }

    @ServerResponseFilter
    public void writeToken(ContainerResponseContext response) {
        if (csrf.fresh()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(CsrfToken.COOKIE).value(csrf.token())
                    .path("/").httpOnly(true).secure(settings.secure()).sameSite(NewCookie.SameSite.STRICT)
                    .build());
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            return host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
