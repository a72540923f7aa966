package dev.marketingops.plumbing.security;

import dev.marketingops.contracts.Roles;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: their name, team and roles from the bearer token, and the owner-team rule for writes. */
@RequestScoped
public class Caller {

    public static final String TEAM_CLAIM = "team";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public String name() {
        String name = token.getName();
        return name == null ? "anonymous" : name;
    }

    public String team() {
        Object team = token.getClaim(TEAM_CLAIM);
        return team == null ? null : team.toString().replace("\"", "");
    }

    public boolean isAdmin() {
        return token.getGroups() != null && token.getGroups().contains(Roles.ADMIN);
    }

    /**
     * Writes to something whose owner team this service does not know (yet) are for admins only: a missing owner
     * must never open a resource to every team.
     */
    public void requireKnownOwnerTeam(String ownerTeam, String resource) {
        if (ownerTeam == null && !isAdmin()) {
            throw ProblemException.forbidden("The owner team of " + resource
                    + " is not known here yet, so only an admin may change it");
        }
        requireOwnerTeam(ownerTeam);
    }

    /** Writes to a team's campaign or roadmap item are for that team or an admin. */
    public void requireOwnerTeam(String ownerTeam) {
        if (isAdmin()) {
            return;
        }
        String team = team();
        if (team == null || !team.equals(ownerTeam)) {
            throw ProblemException.forbidden("Only team '" + ownerTeam + "' or an admin may change this; your team is "
                    + (team == null ? "not set in your token" : "'" + team + "'"));
        }
    }
}
