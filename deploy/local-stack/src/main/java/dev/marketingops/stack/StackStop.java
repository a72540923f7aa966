package dev.marketingops.stack;

import dev.marketingops.infra.KafkaInstance;
import dev.marketingops.infra.PostgresInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Ends a stack's processes tier by tier, each tier all at once (services, then broker and database), and says how long. */
final class StackStop {

    /** How long services get to drain after SIGTERM before SIGKILL. */
    static final Duration GRACE = Duration.ofSeconds(20);

    private StackStop() {
    }

    /**
     * Graceful: SIGTERM to every service JVM at once (SIGKILL to any still running after {@link #GRACE}). Not graceful: SIGKILL at once, for a stack whose
     * data is thrown away. Then the broker's and the database's own clean shutdown, side by side. Prints and answers
     * how long each tier took.
     */
    static String run(List<ServiceProcess> services, boolean graceful, KafkaInstance kafka, PostgresInstance postgres) {
        long start = System.nanoTime();
        allAtOnce(services.stream().<Runnable>map(s -> graceful ? () -> s.stop(GRACE) : s::kill).toList());
        long servicesDone = System.nanoTime();
        List<Runnable> servers = new ArrayList<>();
        if (kafka != null) {
            servers.add(kafka::stop);
        }
        if (postgres != null) {
            servers.add(postgres::stop);
        }
        allAtOnce(servers);
        long end = System.nanoTime();
        String summary = String.format("Stopped in %.1f s: %d service JVMs %s in %.1f s, then Kafka and PostgreSQL in %.1f s.",
                (end - start) / 1e9, services.size(), graceful ? "stopped (SIGTERM)" : "killed (SIGKILL)",
                (servicesDone - start) / 1e9, (end - servicesDone) / 1e9);
        System.out.println(summary);
        return summary;
    }

    /**
     * One thread per task. A parallel stream is not "all at once" here: the common pool has one worker on two cores,
     * so four services stopped two at a time, each waiting out its Kafka clients' timeouts.
     */
    private static void allAtOnce(List<Runnable> tasks) {
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) {
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    System.err.println("Could not stop a part of the stack: " + e);
                }
            }, "stack-stop");
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
