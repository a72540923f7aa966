package dev.marketingops.metrics.activity.app;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Makes the marketing.activity KafkaConsumer: manual positions (never auto-commit), read_committed, large polls. */
@ApplicationScoped
public class ActivityConsumers {

    private final Map<String, Object> kafkaConfig;
    private final String groupId;
    private final int maxPollRecords;

    public ActivityConsumers(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ActivitySettings settings) {
        this.kafkaConfig = kafkaConfig;
        this.groupId = settings.groupId();
        this.maxPollRecords = settings.maxPollRecords();
    }

    KafkaConsumer<String, byte[]> create() {
        Properties props = new Properties();
        // Every kafka.* setting (bootstrap, and SCRAM/TLS on Kubernetes), as the SmallRye channels get them.
        props.putAll(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-activity");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
