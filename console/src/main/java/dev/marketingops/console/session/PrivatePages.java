package dev.marketingops.console.session;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every page and stream the console answers is kept out of the browser's caches; its stylesheet and script are not. */
public class PrivatePages {

    // Pages show customers' feedback and a team's plans: on a shared machine, Back after sign-out or the disk cache
    // must not show them again. Static assets are served outside these resources and stay cacheable.
    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
