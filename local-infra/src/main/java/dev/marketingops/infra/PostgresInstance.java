package dev.marketingops.infra;

import java.sql.Connection;
import java.sql.SQLException;

/** A PostgreSQL the tests use: the embedded server ({@link PostgresServer}) or a Testcontainers container. */
public interface PostgresInstance extends AutoCloseable {

    int port();

    String jdbcUrl(String database);

    String username();

    String password();

    /** Creates the database unless it exists; true when it was created. Names: lower case, digits, underscores. */
    boolean createDatabaseIfMissing(String name);

    /** A JDBC connection as the superuser. */
    Connection connect(String database) throws SQLException;

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
