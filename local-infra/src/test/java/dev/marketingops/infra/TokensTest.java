package dev.marketingops.infra;

import dev.marketingops.contracts.Roles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/** Tokens verify against the public key written next to the private one. */
class TokensTest {

    private final Path keyDir = TestRun.dir().resolve("tokens-test");

    @Test
    void tokenVerifiesAgainstThePublicKeyFile() throws Exception {
        JwtKeys keys = JwtKeys.loadOrGenerate(keyDir);
        String token = new Tokens(keys).mint("ana@marketing-ops.dev", "growth", Roles.CAMPAIGN_MANAGER, Roles.ANALYST);

        // Reloaded from the PEM files, as a service configured with mp.jwt.verify.publickey.location would.
        JwtClaims claims = verifier(JwtKeys.loadOrGenerate(keyDir)).processToClaims(token);

        assertEquals(Tokens.ISSUER, claims.getIssuer());
        assertEquals(List.of(Tokens.AUDIENCE), claims.getAudience());
        assertEquals("ana@marketing-ops.dev", claims.getStringClaimValue("upn"));
        assertEquals(List.of(Roles.CAMPAIGN_MANAGER, Roles.ANALYST), claims.getStringListClaimValue("groups"));
        assertEquals("growth", claims.getStringClaimValue(Tokens.TEAM_CLAIM));
    }

    @Test
    void existingKeysAreKept() {
        JwtKeys first = JwtKeys.loadOrGenerate(keyDir);
        JwtKeys second = JwtKeys.loadOrGenerate(keyDir);

        assertArrayEquals(first.privateKey().getEncoded(), second.privateKey().getEncoded());
    }

    @Test
    void rejectsExpiredTokensAndForeignKeys() {
        JwtKeys keys = JwtKeys.loadOrGenerate(keyDir);
        String expired = new Tokens(keys).mint("ana", "growth", Duration.ofMinutes(-5), List.of(Roles.VIEWER));
        String foreign = new Tokens(JwtKeys.loadOrGenerate(keyDir.resolve("other"))).mint("ana", "growth");

        assertThrows(InvalidJwtException.class, () -> verifier(keys).processToClaims(expired));
        assertThrows(InvalidJwtException.class, () -> verifier(keys).processToClaims(foreign));
    }

    @Test
    void testResourcePointsServicesAtThePublicKey() {
        var config = new JwtTestResource().start();

        assertEquals("file:" + JwtTestResource.keys().publicKeyFile(), config.get("mp.jwt.verify.publickey.location"));
        assertEquals(Tokens.ISSUER, config.get("mp.jwt.verify.issuer"));
    }

    private static JwtConsumer verifier(JwtKeys keys) {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setExpectedIssuer(Tokens.ISSUER)
                .setExpectedAudience(Tokens.AUDIENCE)
                .setRequireExpirationTime()
                .build();
    }
}
