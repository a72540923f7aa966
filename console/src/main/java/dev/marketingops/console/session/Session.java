package dev.marketingops.console.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person of this request: the bearer token from the session cookie and what it claims. The claims are
 * read, not verified: they only decide what to offer, and every service verifies the token on each call.
 */
@RequestScoped
@jakarta.inject.Named("session")
public class Session {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String token;
    private boolean fromProxy;
    private Set<String> roles = Set.of();
    private String team = "";
    private String subject = "";

    /** The token the sign-in proxy forwarded as {@code Authorization} (Kubernetes): only the proxy can renew it. */
    void signInFromProxy(String bearer) {
        signIn(bearer);
        this.fromProxy = true;
    }

    void signIn(String bearer) {
        this.token = bearer;
        try {
            JsonNode claims = claims(bearer);
            Set<String> groups = new LinkedHashSet<>();
            claims.path("groups").forEach(g -> groups.add(g.asText()));
            this.roles = Set.copyOf(groups);
            this.team = claims.path("team").asText("");
            this.subject = claims.path("upn").asText(claims.path("sub").asText(""));
        } catch (RuntimeException | java.io.IOException e) {
            // A token we cannot read is still forwarded: the services answer 401 and the page says so.
            this.roles = Set.of();
        }
    }

    /** The token's {@code exp} claim, read, not verified (it only shortens how long the console keeps the token). */
    static Optional<Instant> expiry(String bearer) {
        try {
            JsonNode exp = claims(bearer).path("exp");
            return exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
        } catch (RuntimeException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static JsonNode claims(String bearer) throws java.io.IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(bearer.split("\\.")[1]));
    }

    public boolean fromProxy() {
        return fromProxy;
    }

    public boolean signedIn() {
        return token != null;
    }

    public String token() {
        return token;
    }

    public Set<String> roles() {
        return roles;
    }

    public String team() {
        return team;
    }

    public String subject() {
        return subject;
    }

    public boolean has(String role) {
        return roles.contains(role) || roles.contains("admin");
    }

    /** Campaign writes: campaign managers and admins (the service still checks the owner team). */
    public boolean canRunCampaigns() {
        return has("campaign-manager");
    }

    /** Roadmap writes: roadmap editors and admins. */
    public boolean canEditRoadmap() {
        return has("roadmap-editor");
    }

    /** What each service lets a role read, so the navigation offers only pages that will answer. */
    public boolean canReadRoadmap() {
        return any("viewer", "roadmap-editor", "campaign-manager", "analyst", "feedback-manager");
    }

    public boolean canReadCampaigns() {
        return any("viewer", "campaign-manager", "roadmap-editor", "analyst");
    }

    public boolean canReadKpis() {
        return any("viewer", "analyst", "campaign-manager", "roadmap-editor");
    }

    public boolean canReadFeedback() {
        return any("viewer", "analyst", "feedback-manager");
    }

    /** The first page this role can read, where sign-in lands; "/start" says a role without one what the console is. */
    public String landing() {
        return canReadRoadmap() ? "/roadmap" : canReadCampaigns() ? "/campaigns" : canReadKpis() ? "/kpis"
                : canReadFeedback() ? "/feedback" : "/start";
    }

    private boolean any(String... allowed) {
        for (String role : allowed) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }
}
