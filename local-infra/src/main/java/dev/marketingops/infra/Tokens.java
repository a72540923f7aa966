package dev.marketingops.infra;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import io.smallrye.jwt.build.Jwt;

/** Mints signed JWTs as the marketing-ops identity provider would: issuer, upn, groups (roles) and team. */
public final class Tokens {

    public static final String ISSUER = "https://marketing-ops.dev";
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
        var claims = Jwt.issuer(ISSUER)
                .upn(upn)
                .subject(upn)
                .groups(new LinkedHashSet<>(roles))
                .expiresIn(lifetime);
        if (team != null) {
            claims.claim(TEAM_CLAIM, team);
        }
        return claims.jws().sign(keys.privateKey());
    }
}
