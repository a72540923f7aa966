package dev.marketingops.stack;

import dev.marketingops.infra.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running as its own JVM, from its Quarkus build or its image, with its log in the stack's state folder. */
public final class ServiceProcess {

    private final StackService service;
    private final int port;
    private final Path log;
    private final ServicePids pids;
    private Process process;
    private ServiceContainer container;
    private Path repository;
    private Map<String, String> environment;
    private long startedNanos;
    private Duration readyAfter;

    ServiceProcess(StackService service, int port, Path log, ServicePids pids) {
        this.service = service;
        this.port = port;
        this.log = log;
        this.pids = pids;
    }

    /** Another replica of this service: same database, same consumer groups, its own port and log. */
    ServiceProcess startReplica(int number) throws IOException, InterruptedException {
        ServiceProcess replica = new ServiceProcess(service, FreePorts.any(),
                log.resolveSibling(service.name() + "-" + number + ".log"), pids);
        replica.start(repository, environment);
        replica.awaitReady(Duration.ofMinutes(2));
        return replica;
    }

    public StackService service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The service's log file (appended to across restarts). */
    public Path log() {
        return log;
    }

    void start(Path repository, Map<String, String> environment) throws IOException {
        this.repository = repository;
        this.environment = Map.copyOf(environment);
        Path jar = repository.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        container = ServiceContainer.forService(service, port).orElse(null);
        List<String> command;
        if (container != null) {
            command = container.command(environment, pids.home());
        } else {
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (deploy/run-local-stack.sh does)");
            }
            command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(ServiceJvm.options(service, jar.getParent()));
            // Started in quarkus-app with the jar's relative path, as Quarkus dumps the AppCDS archive: the archive
            // records the class path as given ("quarkus-run.jar"); -Xshare:auto silently drops one whose path differs.
            command.addAll(List.of("-jar", jar.getFileName().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(container != null ? repository.toFile() : jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        startedNanos = System.nanoTime();
        readyAfter = null;
        process = builder.start();
        pids.record(service.name().replace('/', '-') + "-" + port, process, container);
    }

    /** Time from process launch to the first UP answer of /q/health/ready, or null while not ready. */
    public Duration readyAfter() {
        return readyAfter;
    }

    /** The service JVM's process id on this host (for its memory figures in /proc), also when it runs in a container. */
    public long pid() {
        return container != null ? container.pid() : process.pid();
    }

    /** Polls the readiness endpoint until it answers UP; fails early if the process dies. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    readyAfter = Duration.ofNanos(System.nanoTime() - startedNanos);
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException(service.name() + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** SIGKILL, as a crash or an OOM-killed pod would end it: no shutdown hooks, no clean consumer leave. */
    public void kill() {
        if (process != null && process.isAlive()) {
            if (container != null) {
                container.kill();
            }
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the service again with the same port and settings and waits until it is ready. */
    public void restart() throws IOException, InterruptedException {
        stop();
        start(repository, environment);
        awaitReady(Duration.ofMinutes(2));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM first so Quarkus shuts down cleanly (consumers leave the group, the relay lets go of its lock). */
    public void stop() {
        stop(StackStop.GRACE);
    }

    /** SIGTERM, and SIGKILL if the service still runs after {@code grace}. */
    void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                if (container != null) {
                    container.kill();
                }
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
