package dev.marketingops.plumbing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.infra.JwtTestResource;
import dev.marketingops.infra.Tokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A verified token is remembered until its expiry, and only a verified one: forged, altered or expired ones fail every time. */
class VerifiedTokensTest {

    private final CountingParser parser = new CountingParser();
    private final MovableClock clock = new MovableClock(Instant.now());
    private final VerifiedTokens tokens = new VerifiedTokens(parser, clock, 100);

    @Test
    void theSameTokenIsVerifiedOnceUntilItExpires() throws Exception {
        String token = mint(Duration.ofMinutes(10), "viewer");

        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);

        assertThat(parser.verifications.get()).isEqualTo(1);
        assertThat(second.getGroups()).containsExactly("viewer");
        assertThat(second.getName()).isEqualTo(first.getName());

        clock.now = Instant.ofEpochSecond(first.getExpirationTime());
        tokens.parse(token);
        assertThat(parser.verifications.get()).as("verified afresh once its exp is reached").isEqualTo(2);
    }

    @Test
    void anAlteredSignatureIsRefusedEveryTimeEvenAfterTheGenuineTokenWasRemembered() throws Exception {
        String token = mint(Duration.ofMinutes(10), "admin");
        tokens.parse(token);
        // A character inside the signature carries six bits of it; the last one may carry only padding bits.
        int inside = token.lastIndexOf('.') + 10;
        char original = token.charAt(inside);
        String altered = token.substring(0, inside) + (original == 'A' ? 'B' : 'A') + token.substring(inside + 1);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.parse(altered)).isInstanceOf(ParseException.class);
        }
        assertThatThrownBy(() -> tokens.parse("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"))
                .isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(parser.verifications.get()).isEqualTo(4);
    }

    @Test
    void anExpiredTokenIsRefusedAndNotRemembered() {
        String expired = mint(Duration.ofMinutes(-10), "viewer");

        assertThatThrownBy(() -> tokens.parse(expired)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(expired)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void manyDistinctTokensNeverGrowItBeyondItsCapacity() throws Exception {
        VerifiedTokens small = new VerifiedTokens(parser, clock, 2);
        for (int i = 0; i < 5; i++) {
            small.parse(JwtTestResource.tokens().mint("user" + i + "@marketing-ops.dev", "team-a", Duration.ofMinutes(10),
                    List.of("viewer")));
            assertThat(small.size()).isLessThanOrEqualTo(2);
        }
    }

    private static String mint(Duration lifetime, String role) {
        return JwtTestResource.tokens().mint(JwtTestResource.TEST_UPN, "team-a", lifetime, List.of(role));
    }

    /** The library's parser with this test's key, counting full verifications. */
    private static final class CountingParser extends DefaultJWTParser {
        final AtomicInteger verifications = new AtomicInteger();

        CountingParser() {
            super(context());
        }

        private static JWTAuthContextInfo context() {
            JWTAuthContextInfo context = new JWTAuthContextInfo(JwtTestResource.keys().publicKey(), Tokens.ISSUER);
            context.setGroupsPath("groups");
            return context;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.incrementAndGet();
            return super.parse(token);
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
