package dev.marketingops.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.infra.LeftoverProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stack's start and stop do with the service processes written down in its home. */
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
        new ServicePids(pids()).record("roadmap-service-8081", sleeper(), null);
        Process left = started.get(0);
        Process other = sleeper();
        // The same pid, another start time: the pid was recycled and belongs to someone else now.
        Files.writeString(pids().resolve("metrics-service-8083.pid"), other.pid() + " 1");

        List<String> stopped = new ServicePids(pids()).takeOver();

        assertThat(stopped).containsExactly("roadmap-service-8081 (pid " + left.pid() + ")");
        assertThat(left.waitFor(10, TimeUnit.SECONDS)).as("the left process ended").isTrue();
        assertThat(other.isAlive()).as("the recycled pid's process runs on").isTrue();
        assertThat(pids()).isDirectoryNotContaining("glob:**.pid");
    }

    @Test
    void refusesAHomeWhoseStackStillRuns() throws Exception {
        ownedBy(LeftoverProcess.of(sleeper().toHandle()).text());
        Process service = sleeper();
        new ServicePids(pids()).record("roadmap-service-8081", service, null);

        ServicePids second = new ServicePids(pids());
        assertThatThrownBy(second::takeOver).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another stack runs on " + home);
        assertThatThrownBy(second::stopLeftovers).isInstanceOf(IllegalStateException.class);
        second.release();

        assertThat(service.isAlive()).as("the running stack's service").isTrue();
        assertThat(pids().resolve("roadmap-service-8081.pid")).as("its record").exists();
    }

    @Test
    void takesAHomeWhoseOwnerIsGoneOrIsThisJvm() throws Exception {
        Process gone = sleeper();
        ownedBy(LeftoverProcess.of(gone.toHandle()).text());
        gone.destroyForcibly().waitFor();
        assertThat(new ServicePids(pids()).takeOver()).isEmpty();

        ownedBy(LeftoverProcess.of(ProcessHandle.current()).text());
        assertThat(new ServicePids(pids()).takeOver()).isEmpty();
    }

    @Test
    void releaseStopsWhatTheStacksOwnStopMissedAndGivesTheHomeUp() throws Exception {
        ServicePids pids = new ServicePids(pids());
        pids.takeOver();
        // A console that never got ready is in no list of the stack, so its stop does not reach it.
        Process console = sleeper();
        pids.record("console-8080", console, null);

        pids.release();

        assertThat(console.waitFor(10, TimeUnit.SECONDS)).as("the console ended").isTrue();
        assertThat(pids()).isEmptyDirectory();
    }

    private Path pids() {
        return home.resolve("pids");
    }

    private void ownedBy(String owner) throws IOException {
        Files.createDirectories(pids());
        Files.writeString(pids().resolve("owner"), owner);
    }

    private Process sleeper() throws IOException {
        Process process = new ProcessBuilder("sleep", "300").start();
        started.add(process);
        return process;
    }
}
