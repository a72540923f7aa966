package dev.marketingops.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Quarkus test resource: services verify JWTs with this JVM's key pair; tests mint tokens with token(...). */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String TEST_UPN = "tester@marketing-ops.dev";

    private static Tokens tokens;
    private static JwtKeys keys;

    @Override
    public Map<String, String> start() {
        // A location, as in production. Quarkus builds the application before test resources start: when no key is
        // configured at build time it generates an in-memory dev key (mp.jwt.verify.publickey) that outranks any
        // location. service-plumbing's microprofile-config.properties configures a location, so services are fine.
        // The audience is not set here: services keep plumbing's default, so their tests check the shipped setting.
        return Map.of(
                "mp.jwt.verify.publickey.location", "file:" + keys().publicKeyFile(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // Keys stay for the whole run: tokens minted for one application stay valid for the next.
    }

    /** A bearer token (without the "Bearer " prefix) for {@link #TEST_UPN} in {@code team} with {@code roles}. */
    public static String token(String team, String... roles) {
        return tokens().mint(TEST_UPN, team, roles);
    }

    /** For tokens with another upn or lifetime. */
    public static Tokens tokens() {
        synchronized (TestRun.LOCK) {
            if (tokens == null) {
                tokens = new Tokens(keys());
            }
            return tokens;
        }
    }

    public static JwtKeys keys() {
        synchronized (TestRun.LOCK) {
            if (keys == null) {
                // Files, not memory: every class loader's copy of this class reads the same pair.
                keys = JwtKeys.loadOrGenerate(TestRun.dir().resolve("jwt"));
            }
            return keys;
        }
    }
}
