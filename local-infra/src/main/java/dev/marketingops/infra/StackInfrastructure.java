package dev.marketingops.infra;

import java.nio.file.Path;

/** PostgreSQL and Kafka for a whole local stack: embedded processes, or containers with -Dinfra=testcontainers. */
// Embedded servers keep their data in the given directories; containers are removed when the JVM exits.
public final class StackInfrastructure {

    private StackInfrastructure() {
    }

    /** Started and serving; {@code dataDir} and {@code fsync} as for {@link PostgresServer}. */
    public static PostgresInstance postgres(Path dataDir, int port, boolean fsync) {
        return InfraPath.current() == InfraPath.TESTCONTAINERS
                ? ContainerPostgres.start(port, fsync)
                : new PostgresServer(fsync).start(dataDir, port);
    }

    /** Started and serving; the arguments as for {@link KafkaBroker#KafkaBroker(Path, int, int, boolean)}. */
    public static KafkaInstance kafka(Path stateDir, int port, int numPartitions, boolean autoCreateTopics) {
        return InfraPath.current() == InfraPath.TESTCONTAINERS
                ? ContainerKafka.start(port, numPartitions, autoCreateTopics)
                : new KafkaBroker(stateDir, port, numPartitions, autoCreateTopics).start();
    }

    /**
     * Stops the PostgreSQL and the Kafka broker a dead JVM left running on these directories: cleanly when their data
     * is kept ({@code graceful}), else SIGKILL. Embedded servers only: ContainerServer removes the containers of dead
     * runs itself. Done before a stack picks its ports, so it gets the ones the dead JVM held.
     */
    public static void stopLeftoverServers(Path postgresDataDir, Path kafkaStateDir, boolean graceful) {
        PostgresServer.stopPostmasterOn(postgresDataDir, graceful);
        KafkaBroker.stopBrokerIn(kafkaStateDir, graceful);
    }
}
