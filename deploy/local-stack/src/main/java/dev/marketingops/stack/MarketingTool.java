package dev.marketingops.stack;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import java.net.URI;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A marketing (or support) tool publishing activity (or feedback) with a plain Kafka producer, CloudEvents in binary mode. */
public final class MarketingTool implements AutoCloseable {

    private final EventCodec codec = EventCodec.standard();
    private final KafkaProducer<String, byte[]> producer;
    private final URI source;

    public MarketingTool(String bootstrapServers, URI source) {
        this.source = source;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** Publishes and waits for the broker's acknowledgement. */
    public void publish(ActivityRecorded activity) {
        try {
            producer.send(codec.toProducerRecord(codec.toCloudEvent(activity, source), activity.partitionKey())).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish activity", e);
        }
    }

    /** Publishes feedback to feedback.submissions as a support tool would, and waits for the acknowledgement. */
    public void publish(FeedbackSubmitted feedback) {
        try {
            producer.send(codec.toProducerRecord(codec.toCloudEvent(feedback, source), feedback.aggregateId())).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish feedback", e);
        }
    }

    /** Publishes without waiting, for load; call {@link #flush()} to wait for every acknowledgement. */
    public void send(ActivityRecorded activity) {
        producer.send(codec.toProducerRecord(codec.toCloudEvent(activity, source), activity.partitionKey()));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
