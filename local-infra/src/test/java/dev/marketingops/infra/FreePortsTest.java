package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ports for the servers the tests and the local stack start come from below the kernel's ephemeral range. */
class FreePortsTest {

    @Test
    void aFreePortIsBelowTheEphemeralRangeWhereOutgoingConnectionsCannotTakeIt() throws Exception {
        int ephemeralLow = Integer.parseInt(Processes.readProcFile(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim()
                .split("\\s+")[0]);
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.any();
            assertTrue(port >= 1024 && port < ephemeralLow, port + " is not below the ephemeral range from " + ephemeralLow);
            assertTrue(FreePorts.isFree(port), port + " is free");
        }
    }

    @Test
    void picksMadeBeforeAnyIsBoundNeverRepeatEachOther() {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            assertTrue(picked.add(FreePorts.any()), "port picked twice among " + picked.size());
        }
    }

    @Test
    void aPortSomebodyListensOnIsNotFree() throws Exception {
        try (ServerSocket taken = new ServerSocket(FreePorts.any(), 1, InetAddress.getLoopbackAddress())) {
            assertFalse(FreePorts.isFree(taken.getLocalPort()));
        }
    }
}
