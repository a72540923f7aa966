package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A server left running by a JVM that died is stopped by the next start on its directory. */
class LeftoverTest {

    @Test
    void postgresLeftByADeadJvmIsReplaced() throws Exception {
        Path dataDir = TestRun.dir().resolve("leftover-test").resolve("postgres");
        runDeadJvm("postgres", dataDir);
        long orphan = Processes.readPid(dataDir.resolve("postmaster.pid")).orElseThrow();
        assertTrue(Processes.isRunning(orphan));

        PostgresServer postgres = new PostgresServer(false).start(dataDir, 0);
        try {
            assertFalse(Processes.isRunning(orphan));
            assertEquals("1", PostgresServerTest.query(postgres, "postgres", "SELECT 1"));
        } finally {
            postgres.stop();
        }
    }

    @Test
    void kafkaBrokerLeftByADeadJvmIsReplaced() throws Exception {
        Path stateDir = TestRun.dir().resolve("leftover-test").resolve("kafka");
        runDeadJvm("kafka", stateDir);
        long orphan = Processes.readPid(stateDir.resolve("broker.pid")).orElseThrow();
        assertTrue(Processes.isRunning(orphan));

        KafkaBroker broker = new KafkaBroker(stateDir).start();
        try {
            assertFalse(Processes.isRunning(orphan));
            assertNotEquals(orphan, Processes.readPid(stateDir.resolve("broker.pid")).orElseThrow());
            assertTrue(broker.isRunning());
        } finally {
            broker.stop();
        }
    }

    private static void runDeadJvm(String server, Path dir) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + StateDirectory.PROPERTY + "=" + StateDirectory.root(),
                DeadJvm.class.getName(), server, dir.toString())
                .inheritIO()
                .start();
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, jvm.exitValue());
    }
}
