package dev.marketingops.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.infra.LeftoverProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stack's start does with the service processes an earlier launcher on its home wrote down. */
class ServicePidsTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void stopsARecordedProcessThatStillRunsAndLeavesARecycledPidAlone() throws Exception {
        ServicePids pids = new ServicePids(home.resolve("pids"));
        Process left = sleeper();
        pids.record("roadmap-service-8081", left, null);
        Process other = sleeper();
        // The same pid, another start time: the pid was recycled and belongs to someone else now.
        Files.writeString(home.resolve("pids/metrics-service-8083.pid"), other.pid() + " 1");

        List<String> stopped = new ServicePids(home.resolve("pids")).takeOver();

        assertThat(stopped).containsExactly("roadmap-service-8081 (pid " + left.pid() + ")");
        assertThat(left.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("the left process ended").isTrue();
        assertThat(other.isAlive()).as("the recycled pid's process runs on").isTrue();
        assertThat(home.resolve("pids")).isDirectoryNotContaining("glob:**.pid");
    }

    @Test
    void refusesAHomeWhoseStackStillRuns() throws Exception {
        Process launcher = sleeper();
        Files.createDirectories(home.resolve("pids"));
        Files.writeString(home.resolve("pids/owner"), LeftoverProcess.of(launcher.toHandle()).text());
        Process service = sleeper();
        new ServicePids(home.resolve("pids")).record("roadmap-service-8081", service, null);

        ServicePids second = new ServicePids(home.resolve("pids"));
        assertThatThrownBy(second::takeOver).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is running (pid " + launcher.pid() + ")");
        second.clear();

        assertThat(service.isAlive()).as("the running stack's service").isTrue();
        assertThat(home.resolve("pids/roadmap-service-8081.pid")).as("its record").exists();
    }

    @Test
    void aStackThatStoppedItselfLeavesNoRecords() throws Exception {
        ServicePids pids = new ServicePids(home.resolve("pids"));
        assertThat(pids.takeOver()).isEmpty();
        pids.record("roadmap-service-8081", sleeper(), null);

        pids.clear();

        assertThat(home.resolve("pids")).isEmptyDirectory();
    }

    private Process sleeper() throws IOException {
        Process process = new ProcessBuilder("sleep", "300").start();
        started.add(process);
        return process;
    }
}
