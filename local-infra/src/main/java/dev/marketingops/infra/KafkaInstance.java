package dev.marketingops.infra;

import java.time.Duration;
import java.util.Map;

/** A Kafka the tests use: the embedded broker JVM ({@link KafkaBroker}) or a Testcontainers container. */
public interface KafkaInstance extends AutoCloseable {

    String bootstrapServers();

    /** Creates the topics that do not exist yet, with replication factor 1. */
    void createTopics(Map<String, Integer> partitionsByTopic);

    /** Clean shutdown; the data stays. */
    void stop();

    /** SIGKILL, as when the broker's machine or container dies; the next start recovers the logs. */
    void kill();

    /** Stops if running, then starts again on the same port and data. */
    KafkaInstance restart();

    boolean isRunning();

    /**
     * Runs one of Kafka's command-line tools against this broker in its own JVM (the broker's classpath, so the tool
     * matches the broker's version), e.g. {@code org.apache.kafka.tools.ConsumerPerformance}, and answers its output.
     */
    String runTool(Duration timeout, String mainClass, String... args);

    @Override
    default void close() {
        stop();
    }
}
