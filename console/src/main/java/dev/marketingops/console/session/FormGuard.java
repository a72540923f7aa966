package dev.marketingops.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every form handler calls this first: a form without the session's CSRF token is refused with 403. */
@ApplicationScoped
public class FormGuard {

    @Inject
    CsrfToken csrf;

    public void check(String field) {
        if (!csrf.verify(field)) {
            throw new WebApplicationException(Response.status(403).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("This form has expired or did not come from the console; reload the page and try again.").build());
        }
    }
}
