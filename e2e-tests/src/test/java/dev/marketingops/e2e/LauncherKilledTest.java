package dev.marketingops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.e2e.support.Launcher;
import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.StackForTests;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A launcher ended by SIGKILL leaves its stack running; the next launcher, or a test stack's start, stops all of it. */
// SIGKILL (an OOM kill, a killed terminal; surefire ends a test JVM that overran its time alike) runs no shutdown hook.
class LauncherKilledTest {

    /** One service is enough to leave behind, and starts quickly. */
    private static final String[] ROADMAP_ONLY = {
        "--without", "campaign-service", "--without", "metrics-service", "--without", "feedback-service"};

    @Test
    void theNextLauncherStopsTheServicesAKilledOneLeftRunning() throws Exception {
        Path home = StateDirectory.root().resolve("launcher-killed");
        Launcher.clean(home);
        List<Long> left = startAndKill(home);
        long service = servicePid(left);

        try (Launcher next = Launcher.start(home, ROADMAP_ONLY)) {
            assertThat(next.awaitReady()).as("the next launcher started: %s", next.output()).isTrue();
            assertThat(next.output()).as("it says what it stopped")
                    .anyMatch(line -> line.startsWith("• Stopped services a killed launcher left running: roadmap-service-")
                            && line.contains("(pid " + service + ")"));
            // The database and the broker too: stopped cleanly and started again on the same data.
            assertThat(left.stream().filter(Launcher::running).toList()).as("left running").isEmpty();

            next.ctrlC();
            assertThat(next.process().waitFor(2, TimeUnit.MINUTES)).as("the launcher exited: %s", next.output()).isTrue();
        } finally {
            Launcher.clean(home);
        }
    }

    /** What {@code StackForTests.startFresh} does first, so a test JVM killed mid-suite leaves nothing for good. */
    @Test
    void aTestStacksStartStopsEverythingAKilledStackLeftRunning() throws Exception {
        Path home = StateDirectory.root().resolve("launcher-killed-test");
        Launcher.clean(home);
        try {
            List<Long> left = startAndKill(home);

            StackForTests.stopLeftovers(home);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(left.stream().filter(Launcher::running).toList()).as("still running").isEmpty());
        } finally {
            Launcher.clean(home);
        }
    }

    /** Starts a launcher with one service, SIGKILLs the launcher alone, and answers what it left running. */
    private static List<Long> startAndKill(Path home) throws Exception {
        try (Launcher killed = Launcher.start(home, ROADMAP_ONLY)) {
            assertThat(killed.awaitReady()).as("the launcher started the stack: %s", killed.output()).isTrue();
            List<Long> stack = killed.stack();
            // The service JVM, the broker's JVM and the postmaster with its own children.
            assertThat(stack).hasSizeGreaterThanOrEqualTo(3);
            killed.process().destroyForcibly();
            assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<Long> left = stack.stream().filter(Launcher::running).toList();
            assertThat(left).as("a SIGKILL leaves the stack running").contains(servicePid(stack));
            return left;
        }
    }

    private static long servicePid(List<Long> stack) {
        return stack.stream().filter(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().commandLine())
                .map(line -> line.contains("quarkus-run.jar")).orElse(false)).findFirst().orElseThrow();
    }
}
