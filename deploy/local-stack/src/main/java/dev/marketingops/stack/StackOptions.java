package dev.marketingops.stack;

import dev.marketingops.infra.FreePorts;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How to run the stack: where the repository and the stack's state are, whether to add demo traffic, topic sizes,
 * whether to prefer the documented default ports (the command line) or take free ones (tests), extra settings
 * (environment variables) for every service, and services not to start (one you run in dev mode instead).
 */
public record StackOptions(Path repository, Path home, boolean demo, Map<String, Integer> partitions, boolean defaultPorts,
                           Map<String, String> environment, boolean console, Set<String> without) {

    /** Options for a test: fresh state under {@code home}, free ports, no demo traffic, extra service settings. */
    public static StackOptions forTests(Path repository, Path home, Map<String, String> environment) {
        return forTests(repository, home, environment, Set.of());
    }

    /** As above, without the named services (a benchmark that needs only some of them). */
    public static StackOptions forTests(Path repository, Path home, Map<String, String> environment, Set<String> without) {
        return new StackOptions(repository, home, false, Map.of(), false, Map.copyOf(environment), false, Set.copyOf(without));
    }

    static StackOptions parse(String[] args) {
        boolean demo = true;
        Map<String, Integer> partitions = new LinkedHashMap<>();
        Set<String> without = new HashSet<>();
        boolean console = true;
        boolean defaultPorts = true;
        Path home = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--no-demo" -> demo = false;
                case "--no-console" -> console = false;
                // Any free port for everything: a second stack (a test) beside a developer's running one.
                case "--free-ports" -> defaultPorts = false;
                case "--home" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--home wants a directory for the stack's data, logs and tokens");
                    }
                    home = Path.of(args[++i]).toAbsolutePath().normalize();
                }
                case "--partitions" -> {
                    if (i + 1 >= args.length || !args[i + 1].contains("=")) {
                        throw new IllegalArgumentException("--partitions wants topic=count, e.g. marketing.activity=12");
                    }
                    String[] pair = args[++i].split("=", 2);
                    partitions.put(pair[0], Integer.parseInt(pair[1]));
                }
                case "--without" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--without wants a service, e.g. roadmap-service");
                    }
                    without.add(args[++i]);
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --demo | --no-demo | --no-console | --partitions topic=count | --without <service>"
                        + " | --home <dir> | --free-ports");
            }
        }
        Path repository = Path.of(System.getProperty("marketingops.repository", ".")).toAbsolutePath().normalize();
        return new StackOptions(repository, home != null ? home : repository.resolve(".stack"), demo, partitions, defaultPorts,
                Map.of(), console, Set.copyOf(without));
    }

    int port(String what, int preferred) {
        return defaultPorts ? Ports.preferredOrFree(what, preferred) : FreePorts.any();
    }
}
