package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** A server run as a child process of this JVM: start or adopt a leftover, stop, kill, restart, reap, shutdown hook. */
abstract class LocalServerProcess implements AutoCloseable {

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final System.Logger LOG = System.getLogger(LocalServerProcess.class.getName());
    /** util-linux's setsid where installed; without it a server shares the JVM's process group, as it used to. */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
            .filter(Files::isExecutable).findFirst();

    private final String name;
    // Only when this instance launched the server: holding the Process lets the JVM reap it.
    private Process process;
    private boolean shutdownHookRegistered;

    /** @param name how logs and errors call the server, e.g. "Kafka broker" */
    LocalServerProcess(String name) {
        this.name = name;
    }

    /** The pid of the server running on this instance's directory; empty when none runs (or the pid was recycled). */
    abstract OptionalLong runningPid();

    /** Shares a server this JVM already runs on the directory (e.g. started from another Quarkus class loader). */
    abstract void adopt();

    /** Everything before the launch: ports, config files, storage. */
    abstract void prepare();

    /** The server's process, its output appended to {@link #logFile()}. */
    abstract ProcessBuilder command();

    /** Waits until the launched server serves clients, or until it has exited. */
    abstract void awaitReady(Process launched);

    abstract Path logFile();

    /** Asks a server to shut down cleanly; SIGTERM unless overridden. */
    void requestShutdown(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    }

    /** Appended to the message when the server exits at start. */
    String startFailureHint() {
        return "";
    }

    /** Called once the process runs, before readiness is awaited (e.g. to write a pid file). */
    void launched(Process launched) {
    }

    /**
     * Starts the server and waits until it serves clients. A server that this JVM already runs on the directory is
     * adopted as is; one left by a dead JVM is stopped first.
     */
    final synchronized void startOrAdopt() {
        OptionalLong running = runningPid();
        if (running.isPresent()) {
            long pid = running.getAsLong();
            if (Processes.isChildOfThisJvm(pid)) {
                adopt();
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "Stopping a {0} (pid {1}) left running", name, pid);
            stopProcess(pid, true);
        }
        prepare();
        launch();
    }

    /** Clean shutdown; the data stays. */
    public synchronized void stop() {
        runningPid().ifPresent(pid -> stopProcess(pid, true));
        reap();
    }

    /** SIGKILL to the server and its children, as when its machine or container dies; the next start recovers. */
    public synchronized void kill() {
        runningPid().ifPresent(pid -> stopProcess(pid, false));
        reap();
    }

    public synchronized boolean isRunning() {
        return runningPid().isPresent();
    }

    @Override
    public void close() {
        stop();
    }

    /** Graceful: the server's own shutdown, SIGKILL if it takes too long. Not graceful: SIGKILL at once. */
    final void stopProcess(long pid, boolean graceful) {
        if (graceful) {
            requestShutdown(pid);
            if (Processes.awaitExit(pid, STOP_TIMEOUT)) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "{0} {1} still running after {2}; killing it",
                    name, pid, STOP_TIMEOUT);
        }
        Processes.killTree(pid, STOP_TIMEOUT);
    }

    private void launch() {
        try {
            ProcessBuilder command = command();
            // A session of its own: a terminal's Ctrl-C (SIGINT to its whole foreground process group) no longer
            // reaches the server, so its owner can stop it after the clients that use it. setsid execs in place (a
            // child of this JVM leads no process group), so the pid stays the server's.
            if (SETSID.isPresent()) {
                List<String> line = new ArrayList<>(command.command());
                line.add(0, SETSID.get().toString());
                command.command(line);
            }
            process = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the " + name, e);
        }
        launched(process);
        registerShutdownHook();
        try {
            awaitReady(process);
        } catch (RuntimeException e) {
            kill();
            throw new IllegalStateException(e.getMessage() + "; log " + logFile() + ":\n"
                    + Processes.tail(logFile(), 30), e);
        }
        if (!process.isAlive()) {
            process = null;
            throw new IllegalStateException(name + " exited at start; log " + logFile() + ":\n"
                    + Processes.tail(logFile(), 30) + startFailureHint());
        }
    }

    private void reap() {
        Processes.reap(process, STOP_TIMEOUT);
        process = null;
    }

    private void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            shutdownHookRegistered = true;
            // A normal JVM exit (end of a test run, Ctrl+C on the launcher) leaves no server behind.
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, name + " shutdown"));
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot stop the " + name, e);
        }
    }
}
