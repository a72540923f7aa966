package dev.marketingops.plumbing.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.smallrye.common.annotation.Identifier;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one idempotent Kafka producer a service uses for its outbox relay and its dead letters. */
@ApplicationScoped
public class KafkaPublisher {

    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private KafkaProducer<String, byte[]> producer;

    /**
     * @param kafkaConfig every {@code kafka.*} setting (bootstrap servers, and on Kubernetes SASL/SCRAM and TLS), the
     *                    same map the SmallRye channels use, so this producer connects wherever they do
     */
    public KafkaPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                          @ConfigProperty(name = "quarkus.application.name", defaultValue = "marketing-ops") String clientId) {
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
    }

    public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer().send(record);
    }

    /** Drops the producer after a failure so the next send starts clean (new sequence numbers, fresh metadata). */
    public synchronized void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.putAll(kafkaConfig);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-publisher");
            // Idempotence with acks=all keeps per-partition order across the producer's own retries.
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            // Fail fast while the broker is down: the outbox keeps the rows and the relay retries.
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
