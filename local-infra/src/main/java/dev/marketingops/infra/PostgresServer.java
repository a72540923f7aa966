package dev.marketingops.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** A local PostgreSQL server run from zonky's binaries, one data directory per instance. */
public final class PostgresServer extends LocalServerProcess implements PostgresInstance {

    public static final int MAX_CONNECTIONS = 300;

    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    // Local only, bound to 127.0.0.1: a constant lets a kept data directory be reused by any later JVM.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final boolean fsync;
    private Path dataDir;
    private int port;

    /** @param fsync false for throw-away test data (faster), true for data that must survive a machine crash */
    public PostgresServer(boolean fsync) {
        super("PostgreSQL");
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
        this.dataDir = dir;
        this.port = port;
        startOrAdopt();
        return this;
    }

    /** Stops if running, then starts again on the same data directory and port. */
    @Override
    public synchronized PostgresServer restart() {
        if (dataDir == null) {
            throw new IllegalStateException("Never started");
        }
        stop();
        return start(dataDir, port);
    }

    @Override
    public synchronized int port() {
        return port;
    }

    public synchronized Path dataDir() {
        return dataDir;
    }






    /** Stops whatever postmaster runs on a data directory (used for leftovers of dead test runs). */
    static void stopPostmasterOn(Path dataDir, boolean graceful) {
        PostgresServer leftover = new PostgresServer(false);
        leftover.dataDir = dataDir.toAbsolutePath().normalize();
        leftover.runningPid().ifPresent(pid -> leftover.stopProcess(pid, graceful));
    }

    @Override
    OptionalLong runningPid() {
        if (dataDir == null) {
            return OptionalLong.empty();
        }
        OptionalLong pid = Processes.readPid(dataDir.resolve("postmaster.pid"));
        // A stale file after a kill may name a recycled pid: the command line must be postgres on this directory.
        return pid.isPresent() && Processes.isRunning(pid.getAsLong(), "postgres", "-D " + dataDir + " ")
                ? pid : OptionalLong.empty();
    }

    @Override
    void adopt() {
        port = portFromPidFile();
    }

    @Override
    void prepare() {
        if (port <= 0) {
            port = FreePorts.any();
        }
        config().initClusterIfMissing(logFile());
    }

    @Override
    ProcessBuilder command() {
        return new ProcessBuilder(config().serverCommand(port))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    }

    @Override
    void awaitReady(Process launched) {
        long pid = launched.pid();
        Processes.await(() -> !launched.isAlive() || isReady(pid), START_TIMEOUT,
                () -> "PostgreSQL not ready after " + START_TIMEOUT);
        if (launched.isAlive()) {
            LOG.log(System.Logger.Level.INFO, "PostgreSQL ready on port {0,number,#} (data {1})", port, dataDir);
        }
    }

    /** Fast shutdown: SIGINT, what {@code pg_ctl stop -m fast} sends. */
    @Override
    void requestShutdown(long pid) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot signal PostgreSQL " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    String startFailureHint() {
        return NonRootCommand.hint();
    }

    @Override
    Path logFile() {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    private PostgresConfig config() {
        return new PostgresConfig(PostgresBinaries.install(), dataDir, USERNAME, PASSWORD, fsync, MAX_CONNECTIONS);
    }

    @Override
    public PostgresAdmin admin() {
        return new PostgresAdmin("127.0.0.1", port(), USERNAME, PASSWORD);
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

    private int portFromPidFile() {
        try {
            return Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the port of the PostgreSQL running on " + dataDir, e);
        }
    }
}
