package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Root directory of local state (database files, broker logs, keys, PostgreSQL binaries). */
public final class StateDirectory {

    public static final String PROPERTY = "marketingops.state.dir";
    public static final String ENVIRONMENT_VARIABLE = "MARKETINGOPS_STATE_DIR";

    private StateDirectory() {
    }

    /**
     * The state root: system property, else environment variable, else {@code <cwd>/.state}. It lives outside
     * {@code target/} so that {@code mvn clean} never deletes files under a running database or broker.
     */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT_VARIABLE);
        }
        Path root = configured == null || configured.isBlank() ? Path.of(".state") : Path.of(configured);
        return createDirectories(root.toAbsolutePath().normalize());
    }

    /** A directory under the state root, created if missing. */
    public static Path resolve(String first, String... more) {
        return createDirectories(root().resolve(Path.of(first, more)));
    }

    static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
