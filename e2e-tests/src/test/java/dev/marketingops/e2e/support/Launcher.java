package dev.marketingops.e2e.support;

import static org.awaitility.Awaitility.await;

import dev.marketingops.infra.LeftoverProcess;
import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackForTests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The stack's launcher ({@code LocalStack}'s main) as its own process in a process group of its own, on free ports. */
public final class Launcher implements AutoCloseable {

    /** What the launcher prints once the stack is up. */
    public static final String READY = "Press Ctrl-C to stop.";

    private final Process process;
    private final Path home;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private Launcher(Process process, Path home) {
        this.process = process;
        this.home = home;
        this.reader = new Thread(this::read, "launcher-output");
        reader.start();
    }

    /**
     * Starts it on {@code home} with no demo traffic, no console, free ports and C1-compiled services (a quick start),
     * plus {@code options} (e.g. {@code --without roadmap-service}).
     */
    public static Launcher start(Path home, String... options) throws IOException {
        Path repository = Path.of(System.getProperty("marketingops.e2e.repository",
                System.getProperty("maven.multiModuleProjectDirectory", ".."))).toAbsolutePath().normalize();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // setsid: a process group of its own, as a shell gives a foreground job, so a group's SIGINT reaches only it.
        // env --default-signal=INT: a suite started in the background of a non-interactive shell (`.ci/run &`)
        // inherits SIGINT ignored, and a JVM never handles a signal ignored at its start; a terminal's job has it.
        List<String> command = new ArrayList<>(List.of("setsid", "env", "--default-signal=INT", java,
                "-Dmarketingops.repository=" + repository, "-D" + StateDirectory.PROPERTY + "=" + StateDirectory.root(),
                "-Dmarketingops.service-jvm-options=-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName(),
                "--no-demo", "--no-console", "--free-ports", "--home", home.toString()));
        command.addAll(List.of(options));
        return new Launcher(new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start(), home);
    }

    /** Waits until the stack is up, or the launcher has exited. */
    public boolean awaitReady() {
        await().atMost(Duration.ofMinutes(5)).until(() -> output.contains(READY) || !process.isAlive());
        if (!process.isAlive()) {
            keepLogs();
        }
        return process.isAlive();
    }

    /** A failed start's service logs, copied under target/ before the test's clean-up deletes the stack's home. */
    private void keepLogs() {
        Path logs = home.resolve("logs");
        Path kept = Path.of("target", "failed-starts", home.getFileName() + "-" + System.currentTimeMillis());
        try (var files = Files.list(logs)) {
            Files.createDirectories(kept);
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()));
            }
            output.add("(service logs kept in " + kept.toAbsolutePath() + ")");
        } catch (IOException e) {
            output.add("(service logs not kept: " + e + ")");
        }
    }

    public Process process() {
        return process;
    }

    /** Every line printed so far. */
    public List<String> output() {
        return output;
    }

    /** The process ids of everything it started (services, the broker, the postmaster and its children). */
    public List<Long> stack() {
        return process.descendants().map(ProcessHandle::pid).toList();
    }

    /** Ctrl-C, as a terminal sends it: SIGINT to the launcher's whole process group. */
    public void ctrlC() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", "--", "-" + process.pid()).inheritIO().start().waitFor();
    }

    /** Waits for the output reader after the launcher exited. */
    public void awaitOutput() throws InterruptedException {
        reader.join(5_000);
    }

    /** Whatever still runs of it: SIGKILL to it and to everything it started. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Alive and not a zombie: this sandbox shows zombies as alive to {@link ProcessHandle#isAlive()}. */
    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Ends whatever still runs of a stack on {@code home} (its launcher, if an earlier test JVM died while it ran; its
     * services, database and broker) and deletes the home: before a test, and after it, whatever the test left.
     */
    public static void clean(Path home) throws IOException {
        Path owner = home.resolve("pids/owner");
        if (Files.exists(owner)) {
            LeftoverProcess.parse(Files.readString(owner)).filter(o -> o.pid() != ProcessHandle.current().pid())
                    .ifPresent(LeftoverProcess::stop);
        }
        StackForTests.clear(home);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line.strip());
            }
        } catch (IOException e) {
            output.add("(output unreadable: " + e + ")");
        }
    }
}
