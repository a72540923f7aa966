package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL: start, query, persistence across stop/start and kill/restart, nothing left behind. */
class PostgresServerTest {

    private static final AtomicInteger DIRS = new AtomicInteger();

    private final PostgresServer postgres = new PostgresServer(false);

    @AfterEach
    void stop() {
        postgres.stop();
    }

    @Test
    void answersQueriesAndCreatesDatabasesOnce() throws SQLException {
        postgres.start(freshDataDir(), 0);

        assertEquals("18", query("postgres", "SHOW server_version").split("\\.")[0]);
        assertEquals("300", query("postgres", "SHOW max_connections"));
        assertTrue(postgres.createDatabaseIfMissing("roadmap"));
        assertFalse(postgres.createDatabaseIfMissing("roadmap"));
        assertEquals("roadmap", query("roadmap", "SELECT current_database()"));
    }

    @Test
    void keepsDataAcrossStopAndStart() throws SQLException {
        Path dataDir = freshDataDir();
        postgres.start(dataDir, 0);
        execute("CREATE TABLE note (text varchar)", "INSERT INTO note VALUES ('kept')");
        postgres.stop();

        PostgresServer again = new PostgresServer(false).start(dataDir, 0);
        try {
            assertEquals("kept", query(again, "postgres", "SELECT text FROM note"));
        } finally {
            again.stop();
        }
    }

    @Test
    void restartsOnTheSamePortAfterKill() throws SQLException {
        postgres.start(freshDataDir(), 0);
        int port = postgres.port();
        execute("CREATE TABLE note (text varchar)", "INSERT INTO note VALUES ('committed')");

        postgres.kill();
        assertFalse(postgres.isRunning());
        postgres.restart();

        assertEquals(port, postgres.port());
        assertEquals("committed", query("postgres", "SELECT text FROM note"));
    }

    @Test
    void leavesNoProcessAfterStop() throws SQLException {
        postgres.start(freshDataDir(), 0);
        query("postgres", "SELECT 1");
        long postmaster = Processes.readPid(postgres.dataDir().resolve("postmaster.pid")).orElseThrow();
        List<ProcessHandle> children = ProcessHandle.of(postmaster).orElseThrow().descendants().toList();
        assertFalse(children.isEmpty());

        postgres.stop();

        assertFalse(postgres.isRunning());
        assertFalse(Processes.isRunning(postmaster));
        assertTrue(children.stream().noneMatch(child -> Processes.isRunning(child.pid())));
    }

    static Path freshDataDir() {
        return TestRun.dir().resolve("postgres-server-test").resolve("data-" + DIRS.incrementAndGet());
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String query(String database, String sql) throws SQLException {
        return query(postgres, database, sql);
    }

    static String query(PostgresServer server, String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
