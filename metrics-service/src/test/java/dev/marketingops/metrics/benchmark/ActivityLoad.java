package dev.marketingops.metrics.benchmark;

import dev.marketingops.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The benchmark's side of the broker: publishes generated activity (as fast as it goes, or paced) and reads end offsets. */
final class ActivityLoad implements AutoCloseable {

    private final String bootstrap;
    private final KafkaConsumer<byte[], byte[]> offsets;
    private final List<TopicPartition> partitions;

    ActivityLoad(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        offsets = new KafkaConsumer<>(props);
        partitions = offsets.partitionsFor(Topics.MARKETING_ACTIVITY).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    /** The topic's end offsets now (forwarded copies included). */
    Map<TopicPartition, Long> endOffsets() {
        return offsets.endOffsets(partitions);
    }

    /** Publishes {@code count} records (acks=all); with a rate, paced to it (for latency), else as fast as it goes. Bytes sent. */
    long produce(ActivityGenerator source, int count, int rate) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, rate > 0 ? 1 : 20);
        // Paced, it shares the heap with the service: small batches (a batch buffer is allocated at full size) and pool.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, rate > 0 ? 32 * 1024 : 256 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, rate > 0 ? 8L * 1024 * 1024 : 64L * 1024 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        long bytes = 0;
        long startNanos = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < count; i++) {
                if (rate > 0 && i % 100 == 0) {
                    long wait = startNanos + (long) (i * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                ProducerRecord<String, byte[]> record = source.next();
                bytes += record.value().length;
                producer.send(record);
            }
            producer.flush();
        }
        return bytes;
    }

    @Override
    public void close() {
        offsets.close();
    }
}
