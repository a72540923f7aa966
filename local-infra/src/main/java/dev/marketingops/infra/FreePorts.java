package dev.marketingops.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Free TCP ports on the loopback address for servers the tests and the local stack start. */
public final class FreePorts {

    /** A string literal is interned: one lock, like the cursor (a system property), for every class loader of the JVM. */
    private static final String LOCK = "dev.marketingops.infra.FreePorts.LOCK";
    private static final String NEXT = "marketingops.free-ports.next";

    private FreePorts() {
    }

    /**
     * A free port below the kernel's ephemeral range. A port from that range (what binding port 0 hands out) can be
     * taken by any outgoing connection between the pick and the server's bind, and a stack start opens hundreds, so
     * the server fails to start; or while a server is down (even by a client reconnecting to it: a TCP self-connect),
     * so its restart on the same port fails. Ports are handed out in turn from a random start, so the several picks
     * of one start (made before any of them is bound) never repeat each other.
     */
    public static int any() {
        int ephemeralLow = ephemeralRangeLow();
        int low = Math.max(1024, ephemeralLow - 12_000);
        int range = ephemeralLow - low;
        if (range > 0) {
            synchronized (LOCK) {
                int next = Integer.getInteger(NEXT, low + ThreadLocalRandom.current().nextInt(range));
                for (int attempt = 0; attempt < 100; attempt++) {
                    int candidate = low + Math.floorMod(next - low + attempt, range);
                    if (isFree(candidate)) {
                        System.setProperty(NEXT, Integer.toString(low + Math.floorMod(candidate + 1 - low, range)));
                        return candidate;
                    }
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Nothing listens on the port on the loopback address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeralRangeLow() {
        try {
            String range = Processes.readProcFile(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
