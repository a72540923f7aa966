package dev.marketingops.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Admin-client operations on a broker: readiness and topic creation. */
final class KafkaAdmin {

    private KafkaAdmin() {
    }

    /** Creates the topics that do not exist yet, with replication factor 1. */
    static void createTopics(String bootstrapServers, Map<String, Integer> partitionsByTopic) {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
        try (Admin admin = admin(bootstrapServers)) {
            var results = admin.createTopics(topics).values();
            for (var result : results.entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic creation timed out", e);
        }
    }

    /**
     * The port opens before the broker serves requests, so readiness is an answered describeCluster.
     *
     * @param alive false once the broker is known to have exited: waiting stops
     */
    static void awaitServing(String bootstrapServers, BooleanSupplier alive, Duration timeout) {
        try (Admin admin = admin(bootstrapServers)) {
            Processes.await(() -> {
                if (!alive.getAsBoolean()) {
                    return true;
                }
                try {
                    return !admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty();
                } catch (ExecutionException | TimeoutException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }, timeout, () -> "Kafka broker " + bootstrapServers + " not serving after " + timeout);
        }
    }

    private static Admin admin(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-infra-admin");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }
}
