package dev.marketingops.plumbing.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** smallrye-jwt's token parser that remembers a verified token by its exact text until its exp (docs/plumbing.md). */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final JWTParser parser;
    private final Clock clock;
    private final int capacity;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** A verified token and the epoch second after which it must be verified again. */
    private record Verified(JsonWebToken token, long untilEpochSecond) {
    }

    @Inject
    public VerifiedTokens(DefaultJWTParser parser, Clock clock,
                          @ConfigProperty(name = "marketingops.security.verified-token-cache-size", defaultValue = "10000") int capacity) {
        this((JWTParser) parser, clock, capacity);
    }

    VerifiedTokens(JWTParser parser, Clock clock, int capacity) {
        this.parser = parser;
        this.clock = clock;
        this.capacity = capacity;
    }

    /**
     * Only successes are remembered, so a forged or altered token (other text) is verified, and refused, every time;
     * at its exp a token is verified afresh under the library's own rules (clock skew included).
     */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.untilEpochSecond()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken fresh = parser.parse(token);
        long expires = fresh.getExpirationTime();
        if (capacity > 0 && expires > now) {
            if (verified.size() >= capacity) {
                // Bounded: many distinct live tokens at once only cost their verification again, never memory.
                verified.clear();
            }
            verified.put(token, new Verified(fresh, expires));
        }
        return fresh;
    }

    /** How many verified tokens are remembered now. */
    int size() {
        return verified.size();
    }

    // Everything else (explicit keys or context, decryption) is rare and goes straight to the library.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
