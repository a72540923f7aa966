package dev.marketingops.infra;

import java.sql.Connection;
import java.sql.SQLException;

/** A PostgreSQL the tests use: the embedded server ({@link PostgresServer}) or a Testcontainers container. */
public interface PostgresInstance extends AutoCloseable {

    /** The superuser both paths create; local test servers only. */
    String USERNAME = "postgres";
    String PASSWORD = "postgres";

    int port();

    /** The admin client for where this instance listens now. */
    PostgresAdmin admin();

    default String jdbcUrl(String database) {
        return admin().jdbcUrl(database);
    }

    default String username() {
        return USERNAME;
    }

    default String password() {
        return PASSWORD;
    }

    /** Creates the database unless it exists; true when it was created. Names: lower case, digits, underscores. */
    default boolean createDatabaseIfMissing(String name) {
        return admin().createDatabaseIfMissing(name);
    }

    /** A JDBC connection as the superuser. */
    default Connection connect(String database) throws SQLException {
        return admin().connect(database);
    }

    /** Fast shutdown: ends sessions, checkpoints, exits; the data stays. */
    void stop();

    /** SIGKILL, as when the database's machine or container dies; the next start runs crash recovery. */
    void kill();

    /** Stops if running, then starts again on the same port and data. */
    PostgresInstance restart();

    boolean isRunning();

    @Override
    default void close() {
        stop();
    }
}
