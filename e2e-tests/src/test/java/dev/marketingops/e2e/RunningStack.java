package dev.marketingops.e2e;

import dev.marketingops.infra.StateDirectory;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.StackOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The real stack, started once per test JVM: PostgreSQL, Kafka and the four services as separate processes. */
public final class RunningStack {

    private static LocalStack stack;

    private RunningStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            Path repository = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath().normalize();
            Path home = StateDirectory.resolve("e2e", Long.toString(ProcessHandle.current().pid()));
            LocalStack started = new LocalStack(StackOptions.forTests(repository, home));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                delete(home);
            }, "e2e-stack-stop"));
            try {
                stack = started.start();
            } catch (Exception e) {
                started.stop();
                throw new IllegalStateException("The stack did not start", e);
            }
        }
        return stack;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the next run removes leftovers of dead JVMs anyway.
        }
    }
}
