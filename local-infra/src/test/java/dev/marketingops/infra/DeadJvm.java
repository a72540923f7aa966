package dev.marketingops.infra;

import java.nio.file.Path;

/** Test helper main: starts a server, then halts without shutdown hooks, like a JVM killed with -9. */
public final class DeadJvm {

    private DeadJvm() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        if (args[0].equals("postgres")) {
            new PostgresServer(false).start(dir, 0);
        } else {
            new KafkaBroker(dir).start();
        }
        Runtime.getRuntime().halt(0);
    }
}
