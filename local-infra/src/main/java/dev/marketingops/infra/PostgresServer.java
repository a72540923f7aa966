package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A local PostgreSQL server run from zonky's binaries, one data directory per instance. */
public final class PostgresServer implements AutoCloseable {

    public static final int MAX_CONNECTIONS = 300;

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    // Local only, bound to 127.0.0.1: a constant lets a kept data directory be reused by any later JVM.
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final boolean fsync;
    private Path dataDir;
    private int port;
    // Only when this instance launched the postmaster: holding the Process lets the JVM reap it.
    private Process process;
    private boolean shutdownHookRegistered;

    /** @param fsync false for throw-away test data (faster), true for data that must survive a machine crash */
    public PostgresServer(boolean fsync) {
        this.fsync = fsync;
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (initialised on first use, kept afterwards) and {@code port} (0: a free
     * one). A postmaster that this JVM already runs on that directory is adopted as is; one left by a dead JVM is
     * stopped first.
     */
    public synchronized PostgresServer start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (this.dataDir != null && !this.dataDir.equals(dir) && isRunning()) {
            throw new IllegalStateException("Already running on " + this.dataDir);
        }
        OptionalLong running = postmasterPid(dir);
        if (running.isPresent()) {
            long pid = running.getAsLong();
            if (Processes.isChildOfThisJvm(pid)) {
                // Started by this JVM, e.g. by this class in another Quarkus class loader: share it.
                this.dataDir = dir;
                this.port = portFromPidFile(dir);
                return this;
            }
            LOG.log(System.Logger.Level.WARNING, "Stopping PostgreSQL (pid {0}) left running on {1}", pid, dir);
            stopPostmaster(pid, true);
        }
        Path binaries = PostgresBinaries.install();
        this.dataDir = dir;
        this.port = port > 0 ? port : Processes.freePort();
        initDatabaseCluster(binaries);
        launch(binaries);
        return this;
    }

    /** Fast shutdown (SIGINT, what {@code pg_ctl stop -m fast} sends): ends sessions, checkpoints, exits. */
    public synchronized void stop() {
        if (dataDir != null) {
            postmasterPid(dataDir).ifPresent(pid -> stopPostmaster(pid, true));
            reap();
        }
    }

    /** SIGKILL to the postmaster and its children, as when a container dies; the next start runs crash recovery. */
    public synchronized void kill() {
        if (dataDir != null) {
            postmasterPid(dataDir).ifPresent(pid -> stopPostmaster(pid, false));
            reap();
        }
    }

    /** Stops if running, then starts again on the same data directory and port. */
    public synchronized PostgresServer restart() {
        if (dataDir == null) {
            throw new IllegalStateException("Never started");
        }
        stop();
        return start(dataDir, port);
    }

    public synchronized boolean isRunning() {
        return dataDir != null && postmasterPid(dataDir).isPresent();
    }

    public synchronized int port() {
        return port;
    }

    public synchronized Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Creates the database unless it exists; true when it was created. Names: lower case, digits, underscores. */
    public boolean createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
                return true;
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                return false;
            }
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** A JDBC connection as the superuser. */
    public Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USERNAME);
        credentials.setProperty("password", PASSWORD);
        // The driver directly rather than DriverManager, which filters drivers by the caller's class loader.
        return new org.postgresql.Driver().connect(jdbcUrl(database), credentials);
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops whatever postmaster runs on a data directory (used for leftovers of dead test runs). */
    static void stopPostmasterOn(Path dataDir, boolean graceful) {
        postmasterPid(dataDir.toAbsolutePath().normalize()).ifPresent(pid -> stopPostmaster(pid, graceful));
    }

    private void initDatabaseCluster(Path binaries) {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            if (Files.isDirectory(dataDir)) {
                try (var entries = Files.list(dataDir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException(dataDir + " is neither empty nor a PostgreSQL data directory");
                    }
                }
            }
            Files.createDirectories(dataDir.getParent());
            Path passwordFile = Files.createTempFile(dataDir.getParent(), "initdb", ".pw");
            try {
                Files.writeString(passwordFile, PASSWORD);
                List<String> command = asNonRoot(binaries.resolve("bin/initdb").toString(),
                        "-D", dataDir.toString(), "-U", USERNAME, "--pwfile=" + passwordFile,
                        "-E", "UTF8", "--locale=C", "--auth-host=scram-sha-256", "--auth-local=trust");
                if (!fsync) {
                    command.add("--no-sync");
                }
                run(command, Duration.ofSeconds(120));
            } finally {
                Files.deleteIfExists(passwordFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot initialise " + dataDir, e);
        }
    }

    private void launch(Path binaries) {
        // Run postgres itself (not pg_ctl) as our child: we hold its Process, so the JVM reaps it after a kill.
        List<String> command = asNonRoot(binaries.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                // No Unix socket: its path would depend on the state directory and hit the 107-byte limit.
                "-c", "unix_socket_directories=",
                "-c", "max_connections=" + MAX_CONNECTIONS,
                "-c", "fsync=" + (fsync ? "on" : "off"));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + command, e);
        }
        registerShutdownHook();
        long pid = process.pid();
        try {
            Processes.await(() -> !process.isAlive() || isReady(pid), START_TIMEOUT,
                    () -> "PostgreSQL not ready after " + START_TIMEOUT);
        } catch (IllegalStateException e) {
            kill();
            throw new IllegalStateException(e.getMessage() + ", log:\n" + Processes.tail(logFile(), 30), e);
        }
        if (!process.isAlive()) {
            process = null;
            throw new IllegalStateException("PostgreSQL exited at start; log " + logFile() + ":\n"
                    + Processes.tail(logFile(), 30) + hintWhenRoot());
        }
        LOG.log(System.Logger.Level.INFO, "PostgreSQL ready on port {0,number,#} (data {1})", port, dataDir);
    }

    /** postmaster.pid names our process and its status line (line 8) says "ready". */
    private boolean isReady(long pid) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.size() >= 8 && lines.get(0).trim().equals(Long.toString(pid))
                    && lines.get(7).trim().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }

    private static OptionalLong postmasterPid(Path dataDir) {
        OptionalLong pid = Processes.readPid(dataDir.resolve("postmaster.pid"));
        // A stale file after a kill may name a recycled pid: the command line must be postgres on this directory.
        return pid.isPresent() && Processes.isRunning(pid.getAsLong(), "postgres", "-D " + dataDir + " ")
                ? pid : OptionalLong.empty();
    }

    private static int portFromPidFile(Path dataDir) {
        try {
            return Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the port of the PostgreSQL running on " + dataDir, e);
        }
    }

    private static void stopPostmaster(long pid, boolean graceful) {
        if (graceful) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot signal PostgreSQL " + pid, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (Processes.awaitExit(pid, STOP_TIMEOUT)) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "PostgreSQL {0} ignored fast shutdown; killing it", pid);
        }
        Processes.killTree(pid, STOP_TIMEOUT);
    }

    private void reap() {
        Processes.reap(process, STOP_TIMEOUT);
        process = null;
    }

    private Path logFile() {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    private void run(List<String> command, Duration timeout) throws IOException {
        Process tool = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!tool.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                tool.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        if (tool.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + tool.exitValue() + "), log "
                    + logFile() + ":\n" + Processes.tail(logFile(), 20) + hintWhenRoot());
        }
    }

    /**
     * PostgreSQL refuses to run as root. As root we run it in a fresh user namespace where we are uid 1000; files
     * it writes still belong to root outside.
     */
    static List<String> asNonRoot(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String hintWhenRoot() {
        return isRoot() ? "\n(running as root: PostgreSQL runs through 'unshare --user --map-user=1000'; this needs "
                + "util-linux 2.38+ and user namespaces, and the state directory must be reachable without "
                + "root's capabilities)" : "";
    }

    private void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            shutdownHookRegistered = true;
            // A normal JVM exit (end of a test run, Ctrl+C on the launcher) leaves no postmaster behind.
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "postgres-shutdown"));
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot stop PostgreSQL on " + dataDir, e);
        }
    }

}
