package dev.marketingops.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A command line PostgreSQL accepts when this JVM runs as root: in a user namespace where it is uid 1000. */
// PostgreSQL refuses to run as root; the files it writes in the namespace still belong to root outside.
final class NonRootCommand {

    private NonRootCommand() {
    }

    static List<String> of(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        }
        full.addAll(List.of(command));
        return full;
    }

    /** What to check when a server or tool run this way fails. */
    static String hint() {
        return isRoot() ? "\n(running as root: PostgreSQL runs through 'unshare --user --map-user=1000'; this needs "
                + "util-linux 2.38+ and user namespaces, and the state directory must be reachable without "
                + "root's capabilities)" : "";
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
