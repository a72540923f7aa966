package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The embedded PostgreSQL's configuration: the cluster initdb writes, and the settings postgres runs with. */
record PostgresConfig(Path binaries, Path dataDir, String username, String password, boolean fsync,
        int maxConnections) {

    /** initdb on first use: superuser and password, UTF-8, scram-sha-256 over TCP. */
    void initClusterIfMissing(Path logFile) {
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
                Files.writeString(passwordFile, password);
                List<String> command = NonRootCommand.of(binaries.resolve("bin/initdb").toString(),
                        "-D", dataDir.toString(), "-U", username, "--pwfile=" + passwordFile,
                        "-E", "UTF8", "--locale=C", "--auth-host=scram-sha-256", "--auth-local=trust");
                if (!fsync) {
                    command.add("--no-sync");
                }
                run(command, Duration.ofSeconds(120), logFile);
            } finally {
                Files.deleteIfExists(passwordFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot initialise " + dataDir, e);
        }
    }

    /** postgres itself (not pg_ctl), so that it is the launcher's child and gets reaped after a kill. */
    List<String> serverCommand(int port) {
        List<String> command = NonRootCommand.of(binaries.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                // No Unix socket: its path would depend on the state directory and hit the 107-byte limit.
                "-c", "unix_socket_directories=",
                "-c", "max_connections=" + maxConnections,
                "-c", "fsync=" + (fsync ? "on" : "off"));
        for (String setting : System.getProperty("marketingops.test.postgres.settings", "").split(",")) {
            if (!setting.isBlank()) {
                command.add("-c");
                command.add(setting.trim());
            }
        }
        return command;
    }

    private static void run(List<String> command, Duration timeout, Path logFile) throws IOException {
        Process tool = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
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
                    + logFile + ":\n" + Processes.tail(logFile, 20) + NonRootCommand.hint());
        }
    }
}
