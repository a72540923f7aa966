package dev.marketingops.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

    /**
     * Where a person whose proxy-forwarded token a service refused signs in again (the proxy's sign-out, which starts
     * a new sign-in); unset: the console's own sign-in page, which only a pasted token can pass.
     */
    @ConfigProperty(name = "console.session.proxy-sign-in-again")
    Optional<String> proxySignInAgain;

    public String cookie() {
        return cookie;
    }

    public boolean secure() {
        return secure;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /** Where a session that ended goes: the proxy's own sign-in again for a proxy's token, else the console's. */
    public String signInAgain(boolean fromProxy) {
        return fromProxy && proxySignInAgain.isPresent() ? proxySignInAgain.get() : "/sign-in?ended=1";
    }

    /**
     * The cookie holding {@code bearer}, kept no longer than the token is valid: a cookie that outlived its token's
     * {@code exp} would keep a person "signed in" to pages every service refuses.
     */
    public NewCookie holding(String bearer, Optional<Instant> expires, Clock clock) {
        Duration life = expires.map(exp -> Duration.between(clock.instant(), exp))
                .filter(left -> left.compareTo(maxAge) < 0).orElse(maxAge);
        return write(bearer, (int) Math.max(1, life.toSeconds()));
    }

    /** The cookie that removes the session from the browser. */
    public NewCookie cleared() {
        return write("", 0);
    }

    private NewCookie write(String value, int maxAgeSeconds) {
        // HttpOnly: no script can read the token; Strict: no other site can make the browser send it.
        return new NewCookie.Builder(cookie).value(value).path("/").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT).maxAge(maxAgeSeconds).build();
    }
}
