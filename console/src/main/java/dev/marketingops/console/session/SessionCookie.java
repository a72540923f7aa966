package dev.marketingops.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the session cookie holding the bearer token is written. */
@ApplicationScoped
public class SessionCookie {

    @ConfigProperty(name = "console.session.cookie", defaultValue = "mo_session")
    String cookie;

    /** Secure flag of the console's cookies: on behind HTTPS, off for http://localhost. */
    @ConfigProperty(name = "console.session.secure", defaultValue = "false")
    boolean secure;

    @ConfigProperty(name = "console.session.max-age", defaultValue = "8H")
    Duration maxAge;

    public String cookie() {
        return cookie;
    }

    public boolean secure() {
        return secure;
    }

    public Duration maxAge() {
        return maxAge;
    }
}
