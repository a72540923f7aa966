package dev.marketingops.stack;

import dev.marketingops.infra.JwtKeys;
import dev.marketingops.infra.KafkaInstance;
import dev.marketingops.infra.PostgresInstance;
import dev.marketingops.contracts.Roles;
import dev.marketingops.infra.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the stack writes for its users: {@code .stack/stack.env}, a token per role, and the local secrets. */
final class StackFiles {

    /** Demo data belongs to this team, so tokens can write to it. */
    static final String TEAM = "growth";
    private static final Duration TOKEN_LIFETIME = Duration.ofDays(30);

    private final Path home;

    StackFiles(Path home) {
        this.home = home;
    }

    List<Path> writeTokens(JwtKeys keys) throws IOException {
        Path dir = Files.createDirectories(home.resolve("tokens"));
        Tokens tokens = new Tokens(keys);
        List<Path> written = new ArrayList<>();
        for (String role : Roles.ALL) {
            Path file = dir.resolve(role + ".jwt");
            Files.writeString(file, tokens.mint(role + "@marketing-ops.local", TEAM, TOKEN_LIFETIME, Set.of(role)));
            written.add(file);
        }
        return written;
    }

    Path tokenFile(String role) {
        return home.resolve("tokens").resolve(role + ".jwt");
    }

    String token(String role) {
        try {
            return Files.readString(tokenFile(role)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feedback pseudonymisation key: generated once, kept, never committed. */
    String pseudonymKey() throws IOException {
        return randomKey("pseudonym.key");
    }

    /** metrics-service's own HMAC key for touchpoint pseudonyms (a separate key: one leaking does not expose the other). */
    String metricsPseudonymKey() throws IOException {
        return randomKey("metrics-pseudonym.key");
    }

    private String randomKey(String name) throws IOException {
        Path file = home.resolve("keys").resolve(name);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).trim();
    }

    /** The demo's seeded ids, so a restarted stack resumes the same company. */
    void writeDemo(DemoCompany.Seeded seeded) {
        try {
            Files.writeString(home.resolve("demo.properties"), "productId=" + seeded.productId() + "\nitemId=" + seeded.itemId()
                    + "\nlaunchId=" + seeded.launchId() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DemoCompany.Seeded readDemo() {
        Path file = home.resolve("demo.properties");
        if (!Files.exists(file)) {
            return null;
        }
        java.util.Properties ids = new java.util.Properties();
        try (var reader = Files.newBufferedReader(file)) {
            ids.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoCompany.Seeded(ids.getProperty("productId"), ids.getProperty("itemId"), ids.getProperty("launchId"), false);
    }

    void writeEnvironment(PostgresInstance postgres, KafkaInstance kafka, List<ServiceProcess> services, ServiceProcess console)
            throws IOException {
        StringBuilder env = new StringBuilder("# Written by the local stack at each start; source it: set -a; . .stack/stack.env; set +a\n");
        if (console != null) {
            env.append(console.service().envName()).append('=').append(console.url()).append('\n');
        }
        for (ServiceProcess service : services) {
            env.append(service.service().envName()).append('=').append(service.url()).append('\n');
        }
        env.append("KAFKA_BOOTSTRAP=").append(kafka.bootstrapServers()).append('\n');
        env.append("POSTGRES_PORT=").append(postgres.port()).append('\n');
        env.append("POSTGRES_USER=").append(postgres.username()).append('\n');
        env.append("POSTGRES_PASSWORD=").append(postgres.password()).append('\n');
        for (StackService service : StackService.ALL) {
            env.append(service.database().toUpperCase(Locale.ROOT)).append("_JDBC_URL=").append(postgres.jdbcUrl(service.database())).append('\n');
        }
        env.append("TOKENS_DIR=").append(home.resolve("tokens")).append('\n');
        // What a service in dev mode (quarkus:dev) needs to join the stack: the token key and audience, the pseudonym keys.
        env.append("MARKETINGOPS_JWT_PUBLIC_KEY=file:").append(home.resolve("keys").resolve(JwtKeys.PUBLIC_KEY_FILE)).append('\n');
        env.append("MARKETINGOPS_JWT_AUDIENCE=").append(Tokens.AUDIENCE).append('\n');
        env.append("MARKETINGOPS_FEEDBACK_PRIVACY_PSEUDONYM_KEY=").append(pseudonymKey()).append('\n');
        env.append("MARKETINGOPS_METRICS_JOURNEYS_PSEUDONYM_KEY=").append(metricsPseudonymKey()).append('\n');
        Files.writeString(home.resolve("stack.env"), env.toString());
    }
}
