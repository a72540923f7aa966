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

    private static final Logger LOG = Logger.getLogger(TokenCheck.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final URI probe;

    public TokenCheck(@ConfigProperty(name = "quarkus.rest-client.roadmap.url") String roadmapUrl) {
        this.probe = URI.create(roadmapUrl.replaceAll("/+$", "") + "/api/v1/products?size=1");
    }

    /**
     * False only when the service says the token is not valid (401: signature, issuer or expiry). A 403 means a valid
     * token of a role that may not read products; an unreachable service lets the person in, the pages then say why.
     */
    public boolean accepted(String token) {
        if (!JWT.matcher(token).matches()) {
            return false; // a line break or a non-ASCII character inside: no header can carry it, no service would take it
        }
        HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 401;
        } catch (IOException e) {
            LOG.warnf("Could not check a token with roadmap-service (%s); signing in unchecked", e.getMessage());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
