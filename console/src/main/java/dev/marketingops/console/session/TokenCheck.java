package dev.marketingops.console.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Asks roadmap-service whether it accepts a pasted token before the console keeps it (the console has no key). */
@ApplicationScoped
public class TokenCheck {

    /** What roadmap-service said of a token. */
    public enum Verdict {
        /** The service took it: 2xx, or 403 (a valid token of a role that may not read products). */
        ACCEPTED,
        /** 401: wrong signature, issuer or audience, or expired. */
        REFUSED,
        /** No answer in time: the token is not let in unchecked (that would sign in a forged one). */
        UNCHECKED
    }

    private static final Logger LOG = Logger.getLogger(TokenCheck.class);
    /** Three base64url parts: a line break, space or non-ASCII character inside could not travel in a header. */
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    static final int MAX_TOKEN = 8192;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI probe;
    private final Duration timeout;

    public TokenCheck(@ConfigProperty(name = "quarkus.rest-client.roadmap.url") String roadmapUrl,
                      @ConfigProperty(name = "console.token-check.timeout", defaultValue = "10s") Duration timeout) {
        this.probe = URI.create(roadmapUrl.replaceAll("/+$", "") + "/api/v1/products?size=1");
        this.timeout = timeout;
    }

    /** Whether {@code token} can be a JWT at all: at most {@link #MAX_TOKEN} characters of three base64url parts. */
    static boolean hasShape(String token) {
        return token != null && token.length() <= MAX_TOKEN && JWT.matcher(token).matches();
    }

    /** A token without a JWT's shape is refused unasked (it could not even travel in a header). */
    public Verdict check(String token) {
        if (!hasShape(token)) {
            return Verdict.REFUSED;
        }
        HttpRequest request = HttpRequest.newBuilder(probe).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 401) {
                return Verdict.REFUSED;
            }
            if (status < 300 || status == 403) {
                return Verdict.ACCEPTED;
            }
            LOG.warnf("roadmap-service answered %d when checking a token; not signing in", status);
            return Verdict.UNCHECKED;
        } catch (IOException e) {
            LOG.warnf("Could not check a token with roadmap-service (%s); not signing in", e.getMessage());
            return Verdict.UNCHECKED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.UNCHECKED;
        }
    }
}
