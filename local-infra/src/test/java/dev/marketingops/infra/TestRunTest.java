package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Test-run directories of dead JVMs are removed; live ones and foreign directories are kept. */
class TestRunTest {

    @Test
    void removesOnlyRunsWhoseJvmIsGone() throws Exception {
        Path runs = TestRun.dir().resolve("test-run-test");
        ProcessHandle self = ProcessHandle.current();
        Path live = Files.createDirectories(runs.resolve(self.pid() + "-" + TestRun.startMillis(self)));
        // pid 1 is alive, but it is not the JVM that wrote this directory: its start time differs.
        Path recycledPid = Files.createDirectories(runs.resolve("1-12345").resolve("postgres"));
        Path foreign = Files.createDirectories(runs.resolve("notes"));

        TestRun.removeStaleRuns(runs);

        assertTrue(Files.isDirectory(live));
        assertFalse(Files.exists(recycledPid.getParent()));
        assertTrue(Files.isDirectory(foreign));
    }
}
