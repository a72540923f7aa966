package dev.marketingops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Launcher;
import dev.marketingops.infra.StateDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's Ctrl-C, as a terminal sends it (SIGINT to the launcher's whole process group): the services drain,
 * then the broker and the database stop, nothing of the stack is left running and the launcher says how long it took.
 * The launcher takes free ports ({@code --free-ports}), so it runs beside a developer's stack on the default ones.
 */
class LauncherStopTest {

    @Test
    void ctrlCStopsEveryProcessOfTheStackAndPrintsHowLongItTook() throws Exception {
        Path home = StateDirectory.root().resolve("launcher-stop");
        Launcher.clean(home);
        try (Launcher launcher = Launcher.start(home)) {
            assertThat(launcher.awaitReady()).as("the launcher started the stack: %s", launcher.output()).isTrue();
            // --free-ports: a developer's stack on the documented ports (or one that starts meanwhile) is left alone.
            String env = Files.readString(home.resolve("stack.env"));
            for (String port : List.of(":8081", ":8082", ":8083", ":8084", ":9092", "POSTGRES_PORT=5432\n")) {
                assertThat(env).as("stack.env of a stack on free ports").doesNotContain(port);
            }
            // ...and below the kernel's ephemeral range, which any outgoing connection may take between pick and bind.
            int ephemeralLow = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0).trim().split("\\s+")[0]);
            Matcher ports = Pattern.compile("(?:localhost|127\\.0\\.0\\.1):(\\d+)|_PORT=(\\d+)").matcher(env);
            int checked = 0;
            while (ports.find()) {
                int port = Integer.parseInt(ports.group(1) != null ? ports.group(1) : ports.group(2));
                assertThat(port).as("a port in stack.env").isLessThan(ephemeralLow);
                checked++;
            }
            assertThat(checked).as("ports in stack.env: %s", env).isGreaterThanOrEqualTo(6);
            List<Long> stack = launcher.stack();
            // Four service JVMs, the broker's JVM and the postmaster with its own children.
            assertThat(stack).hasSizeGreaterThanOrEqualTo(6);

            launcher.ctrlC();

            assertThat(launcher.process().waitFor(2, TimeUnit.MINUTES)).as("the launcher exited: %s", launcher.output()).isTrue();
            launcher.awaitOutput();
            String stopped = launcher.output().stream().filter(line -> line.startsWith("Stopped in ")).findFirst().orElse("");
            System.out.println("Launcher Ctrl-C: " + stopped + " (load " + Files.readString(Path.of("/proc/loadavg")).trim() + ")");
            assertThat(stopped).as("output: %s", launcher.output()).matches(
                    "Stopped in \\d+\\.\\d s: 4 service JVMs stopped \\(SIGTERM\\) in \\d+\\.\\d s, then Kafka and PostgreSQL in \\d+\\.\\d s\\.");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(stack.stream().filter(Launcher::running).toList()).as("still running").isEmpty());
            // A clean stop leaves nothing for the next start to stop, and no owner that would refuse it.
            assertThat(home.resolve("pids")).isEmptyDirectory();
        } finally {
            Launcher.clean(home);
        }
    }
}
