package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** server.properties carries the ports of a run, so a restart or a later run finds them again. */
class BrokerPropertiesTest {

    private final Path stateDir = TestRun.dir().resolve("broker-properties-test");

    @Test
    void portsWrittenAreReadBack() throws Exception {
        new BrokerProperties(19092, 19093, stateDir.resolve("data"), 3, false).writeTo(stateDir);

        assertArrayEquals(new int[] {19092, 19093}, BrokerProperties.portsIn(stateDir));
        String written = Files.readString(stateDir.resolve(BrokerProperties.FILE_NAME));
        assertTrue(written.contains("num.partitions=3\n"));
        assertTrue(written.contains("auto.create.topics.enable=false\n"));
    }

    @Test
    void noFileMeansNoPorts() {
        assertArrayEquals(new int[] {0, 0}, BrokerProperties.portsIn(stateDir.resolve("never-written")));
    }
}
