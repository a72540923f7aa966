package dev.marketingops.console.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.activity.ActivityRecorded;
import java.net.URI;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A marketing tool publishing activity to Kafka with a plain producer, CloudEvents in binary mode. */
public final class Activity implements AutoCloseable {

    private static final URI SOURCE = URI.create("/tools/console-test-ad-platform");

    private final EventCodec codec = EventCodec.standard();
    private final KafkaProducer<String, byte[]> producer;

    public Activity() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsoleStack.get().kafka().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** Publishes and waits for the broker's acknowledgement. */
    public void publish(ActivityRecorded activity) {
        try {
            producer.send(codec.toProducerRecord(codec.toCloudEvent(activity, SOURCE), activity.partitionKey())).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish activity", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
