package dev.marketingops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.LocalStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher's Ctrl-C, as a terminal sends it (SIGINT to the launcher's whole process group): the services drain,
 * then the broker and the database stop, nothing of the stack is left running and the launcher says how long it took.
 * The launcher takes free ports ({@code --free-ports}), so it runs beside a developer's stack on the default ones.
 */
class LauncherStopTest {

    private Process launcher;

    @Test
    void ctrlCStopsEveryProcessOfTheStackAndPrintsHowLongItTook() throws Exception {
        Path repository = Path.of(System.getProperty("marketingops.e2e.repository",
                System.getProperty("maven.multiModuleProjectDirectory", ".."))).toAbsolutePath().normalize();
        Path home = StateDirectory.root().resolve("launcher-stop");
        delete(home);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // setsid: a process group of its own, as a shell gives a foreground job, so the SIGINT below reaches only it.
        // env --default-signal=INT: a suite started in the background of a non-interactive shell (`.ci/run &`)
        // inherits SIGINT ignored, and a JVM never handles a signal ignored at its start; a terminal's job has it.
        launcher = new ProcessBuilder("setsid", "env", "--default-signal=INT", java, "-Dmarketingops.repository=" + repository,
                "-D" + StateDirectory.PROPERTY + "=" + StateDirectory.root(),
                "-Dmarketingops.service-jvm-options=-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName(),
                "--no-demo", "--no-console", "--free-ports", "--home", home.toString())
                .directory(repository.toFile()).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(launcher, output), "launcher-output");
        reader.start();

        await().atMost(Duration.ofMinutes(5)).until(() -> output.contains("Press Ctrl-C to stop.") || !launcher.isAlive());
        assertThat(launcher.isAlive()).as("the launcher started the stack: %s", output).isTrue();
        // --free-ports: a developer's stack on the documented ports (or one that starts meanwhile) is left alone.
        String env = Files.readString(home.resolve("stack.env"));
        for (String port : List.of(":8081", ":8082", ":8083", ":8084", ":9092", "POSTGRES_PORT=5432\n")) {
            assertThat(env).as("stack.env of a stack on free ports").doesNotContain(port);
        }
        List<Long> stack = launcher.descendants().map(ProcessHandle::pid).toList();
        // Four service JVMs, the broker's JVM and the postmaster with its own children.
        assertThat(stack).hasSizeGreaterThanOrEqualTo(6);

        new ProcessBuilder("kill", "-INT", "--", "-" + launcher.pid()).inheritIO().start().waitFor();

        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).as("the launcher exited: %s", output).isTrue();
        reader.join(5_000);
        String stopped = output.stream().filter(line -> line.startsWith("Stopped in ")).findFirst().orElse("");
        System.out.println("Launcher Ctrl-C: " + stopped + " (load " + Files.readString(Path.of("/proc/loadavg")).trim() + ")");
        assertThat(stopped).as("output: %s", output).matches(
                "Stopped in \\d+\\.\\d s: 4 service JVMs stopped \\(SIGTERM\\) in \\d+\\.\\d s, then Kafka and PostgreSQL in \\d+\\.\\d s\\.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(stack.stream().filter(LauncherStopTest::running).toList()).as("still running").isEmpty());
    }

    @AfterEach
    void noLauncherLeft() {
        if (launcher != null && launcher.isAlive()) {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /** Alive and not a zombie: this sandbox shows zombies as alive to {@link ProcessHandle#isAlive()}. */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    private static void read(Process process, List<String> output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line.strip());
            }
        } catch (IOException e) {
            output.add("(output unreadable: " + e + ")");
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
