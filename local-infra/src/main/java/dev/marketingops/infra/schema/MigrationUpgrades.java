package dev.marketingops.infra.schema;

import dev.marketingops.infra.PostgresInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Checks that a service's databases upgrade whatever order its two migration sequences were written in. */
// Plumbing's migrations and the service's own share one version order: each grows in version order, but one of either
// may be written after a higher version of the other was deployed. So a database deployed at any point of one
// sequence, with all of the other applied, must take the whole set with the service's own Flyway settings.
public final class MigrationUpgrades {

    private final PostgresInstance postgres;
    private final String[] locations;

    /** {@code locations} as the service's {@code quarkus.flyway.locations} (one per sequence), on the class path. */
    public MigrationUpgrades(PostgresInstance postgres, String... locations) {
        this.postgres = postgres;
        this.locations = locations.clone();
    }

    /**
     * For each sequence and each of its points short of its end: migrates a fresh database with that part of it and
     * all of the others, then with everything, as the service would at start. Answers the deployments checked (the
     * versions that came late in each); fails on the first upgrade Flyway refuses.
     */
    public List<String> checkEveryEarlierDeployment(String databasePrefix) throws IOException {
        // Each sequence is scanned once, not once per deployment checked.
        Map<String, MigrationInfo[]> sequences = new LinkedHashMap<>();
        for (String location : locations) {
            sequences.put(location, configure(new String[] {"classpath:" + location}).load().info().all());
        }
        List<String> checked = new ArrayList<>();
        for (String late : locations) {
            MigrationInfo[] sequence = sequences.get(late);
            for (int applied = 0; applied < sequence.length; applied++) {
                Path deployed = Files.createTempDirectory("migrations-deployed");
                for (String other : locations) {
                    if (!other.equals(late)) {
                        for (MigrationInfo m : sequences.get(other)) {
                            copy(other, m.getScript(), deployed);
                        }
                    }
                }
                for (int i = 0; i < applied; i++) {
                    copy(late, sequence[i].getScript(), deployed);
                }
                String database = freshDatabase(databasePrefix);
                configure(new String[] {"filesystem:" + deployed}).dataSource(url(database), postgres.username(),
                        postgres.password()).load().migrate();
                configure(classpath()).dataSource(url(database), postgres.username(), postgres.password()).load().migrate();
                checked.add(late + " from " + sequence[applied].getVersion());
            }
        }
        return checked;
    }

    /** The service's settings that decide how an existing database is upgraded, from its configuration. */
    private FluentConfiguration configure(String[] where) {
        var config = ConfigProvider.getConfig();
        return Flyway.configure().locations(where).dataSource(url("postgres"), postgres.username(), postgres.password())
                .outOfOrder(config.getOptionalValue("quarkus.flyway.out-of-order", Boolean.class).orElse(false))
                .validateOnMigrate(config.getOptionalValue("quarkus.flyway.validate-on-migrate", Boolean.class).orElse(true));
    }

    private String[] classpath() {
        return Arrays.stream(locations).map(l -> "classpath:" + l).toArray(String[]::new);
    }

    private String url(String database) {
        return postgres.jdbcUrl(database);
    }

    private String freshDatabase(String prefix) {
        int n = 1;
        while (!postgres.createDatabaseIfMissing(prefix + "_" + n)) {
            n++;
        }
        return prefix + "_" + n;
    }

    private void copy(String location, String script, Path to) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location + "/" + script)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("migration " + script + " not found in " + location));
            }
            Files.copy(in, to.resolve(script));
        }
    }
}
