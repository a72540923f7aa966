package dev.marketingops.infra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The test JVM's broker: records flow, and survive a SIGKILL followed by a restart on the same port. */
class KafkaBrokerTest {

    private final KafkaInstance broker = KafkaTestResource.broker();

    @Test
    void producedRecordIsConsumed() throws Exception {
        broker.createTopics(Map.of("kafka-broker-test.flow", 3));
        broker.createTopics(Map.of("kafka-broker-test.flow", 3)); // idempotent

        send("kafka-broker-test.flow", "hello");

        assertEquals(List.of("hello"), consumeAtLeast("kafka-broker-test.flow", 1));
    }

    @Test
    void keepsRecordsAcrossKillAndRestart() throws Exception {
        String bootstrapServers = broker.bootstrapServers();
        send("kafka-broker-test.crash", "before");

        broker.kill();
        assertFalse(broker.isRunning());
        long restartStarted = System.nanoTime();
        broker.restart();
        System.out.printf("Kafka restart after kill -9: %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartStarted));

        assertTrue(broker.isRunning());
        assertEquals(bootstrapServers, broker.bootstrapServers());
        send("kafka-broker-test.crash", "after");
        assertEquals(List.of("before", "after"), consumeAtLeast("kafka-broker-test.crash", 2));
    }

    private void send(String topic, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private List<String> consumeAtLeast(String topic, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= count;
            });
        }
        return values;
    }
}
