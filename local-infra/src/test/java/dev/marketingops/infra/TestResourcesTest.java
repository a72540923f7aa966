package dev.marketingops.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** The Quarkus test resources hand out working configuration and share one server per JVM. */
class TestResourcesTest {

    @Test
    void eachPostgresStartGetsAFreshDatabaseOnTheSharedServer() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of(PostgresTestResource.DATABASE_PREFIX, "roadmap-service"));
        Map<String, String> first = resource.start();
        Map<String, String> second = resource.start();

        String url = second.get("quarkus.datasource.jdbc.url");
        assertNotEquals(first.get("quarkus.datasource.jdbc.url"), url);
        try (Connection connection = DriverManager.getConnection(url,
                second.get("quarkus.datasource.username"), second.get("quarkus.datasource.password"));
             ResultSet rows = connection.createStatement().executeQuery("SELECT current_database()")) {
            rows.next();
            assertEquals(url.substring(url.lastIndexOf('/') + 1), rows.getString(1));
        }
    }

    @Test
    void kafkaResourceCreatesTopicsOnTheSharedBroker() throws Exception {
        KafkaTestResource resource = new KafkaTestResource();
        resource.init(Map.of(KafkaTestResource.TOPICS, "resources-test.a:3, resources-test.b"));
        Map<String, String> config = resource.start();

        String bootstrapServers = config.get("kafka.bootstrap.servers");
        assertEquals(KafkaTestResource.broker().bootstrapServers(), bootstrapServers);
        assertEquals(bootstrapServers, config.get("mp.messaging.connector.smallrye-kafka.bootstrap.servers"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var topics = admin.describeTopics(List.of("resources-test.a", "resources-test.b")).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            assertEquals(3, topics.get("resources-test.a").partitions().size());
            assertEquals(1, topics.get("resources-test.b").partitions().size());
        }
    }
}
