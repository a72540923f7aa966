package dev.marketingops.infra;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import io.smallrye.jwt.build.Jwt;

/** Mints signed JWTs as the marketing-ops identity provider would: issuer, audience, upn, groups (roles) and team. */
public final class Tokens {

    public static final String ISSUER = "https://marketing-ops.dev";
    /** The {@code aud} every service requires (plumbing's {@code mp.jwt.verify.audiences} default). */
    public static final String AUDIENCE = "marketing-ops";
    public static final String TEAM_CLAIM = "team";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final JwtKeys keys;

    public Tokens(JwtKeys keys) {
        this.keys = keys;
    }

    /** A token valid for {@link #DEFAULT_LIFETIME}. */
    public String mint(String upn, String team, String... roles) {
        return mint(upn, team, DEFAULT_LIFETIME, List.of(roles));
    }

    /**
     * @param roles become the {@code groups} claim, which MicroProfile JWT maps to roles ({@link Roles})
     * @param lifetime may be negative to mint an already expired token
     */
    public String mint(String upn, String team, Duration lifetime, Collection<String> roles) {
        return mintFor(AUDIENCE, upn, team, lifetime, roles);
    }

    /**
     * As {@link #mint(String, String, Duration, Collection)} for another audience: a token the same issuer made for
     * another system, or none at all when {@code audience} is null.
     */
    public String mintFor(String audience, String upn, String team, Duration lifetime, Collection<String> roles) {
        var claims = Jwt.issuer(ISSUER)
                .upn(upn)
                .subject(upn)
                .groups(new LinkedHashSet<>(roles))
                .expiresIn(lifetime);
        if (audience != null) {
            claims.audience(audience);
        }
        if (team != null) {
            claims.claim(TEAM_CLAIM, team);
        }
        return claims.jws().sign(keys.privateKey());
    }
}
