package dev.marketingops.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Quarkus test resource: this JVM's Kafka broker, started once and shared by every application. */
// Embedded by default; a Testcontainers KafkaContainer with -Dinfra=testcontainers.
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg: topics to create before the application starts, {@code name:partitions,name:partitions}. */
    public static final String TOPICS = "topics";

    private static KafkaInstance broker;

    private final Map<String, Integer> topics = new LinkedHashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        String spec = initArgs.getOrDefault(TOPICS, "").trim();
        for (String topic : spec.isEmpty() ? new String[0] : spec.split(",")) {
            String[] parts = topic.trim().split(":");
            topics.put(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
        }
    }

    @Override
    public Map<String, String> start() {
        KafkaInstance kafka;
        synchronized (TestRun.LOCK) {
            kafka = broker();
            if (!kafka.isRunning()) {
                kafka.restart(); // a previous test class killed it
            }
        }
        if (!topics.isEmpty()) {
            kafka.createTopics(topics);
        }
        String bootstrapServers = kafka.bootstrapServers();
        // No quarkus.kafka.devservices.enabled: a build-time property (see PostgresTestResource).
        return Map.of(
                "kafka.bootstrap.servers", bootstrapServers,
                "mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public void stop() {
        // The broker outlives each application; the end of the test run stops it and wipes its data.
    }

    /** This JVM's broker, started on first call; tests may kill() and restart() it (same port, same data). */
    public static KafkaInstance broker() {
        synchronized (TestRun.LOCK) {
            if (broker == null) {
                // Ports live in the state directory (embedded) or in system properties (container): another class
                // loader's copy of this class gets the same ones.
                broker = InfraPath.current() == InfraPath.TESTCONTAINERS
                        ? ContainerKafka.forThisJvm()
                        : new KafkaBroker(TestRun.dir().resolve("kafka")).start();
            }
            return broker;
        }
    }
}
