package dev.marketingops.console.web;

/**
 * A service refused the session's token (401: expired, revoked, or not valid). Not a {@link ServiceProblem}: pages
 * show a service's problem inside the page, but with a refused token no page can work, so this one ends the session.
 */
public class SessionEnded extends RuntimeException {

    public SessionEnded() {
        super("A service refused the session's token", null, false, false);
    }
}
