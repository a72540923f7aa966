package dev.marketingops.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks each port: the documented default when it is free, else any free one (and says so). */
final class Ports {

    private Ports() {
    }

    static int preferredOrFree(String what, int preferred) {
        if (isFree(preferred)) {
            return preferred;
        }
        int chosen = anyFree();
        System.out.printf("  %s: port %d is taken, using %d%n", what, preferred, chosen);
        return chosen;
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
