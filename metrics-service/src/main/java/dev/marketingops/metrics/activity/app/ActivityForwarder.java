package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.CanonicalPartition;
import dev.marketingops.plumbing.kafka.KafkaPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

/**
 * Re-publishes an activity record that arrived off its campaign's canonical partition (no key, another key, another
 * partitioner) to that partition, keyed by campaign id, with its CloudEvent id, headers and timestamp unchanged.
 * At-least-once: the source position commits only after the broker acknowledged the copy, and a second copy is a
 * duplicate the canonical partition's id window drops.
 */
@ApplicationScoped
public class ActivityForwarder {

    /** Where a forwarded copy came from ({@code partition@offset}), for operators. */
    public static final String FORWARDED_FROM = "metrics-forwarded-from";

    private final KafkaPublisher publisher;

    public ActivityForwarder(KafkaPublisher publisher) {
        this.publisher = publisher;
    }

    Future<RecordMetadata> forward(ConsumerRecord<String, byte[]> record, UUID campaignId, int partitionCount) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(),
                CanonicalPartition.of(campaignId, partitionCount), record.timestamp() < 0 ? null : record.timestamp(),
                campaignId.toString(), record.value());
        for (Header header : record.headers()) {
            if (!FORWARDED_FROM.equals(header.key())) {
                copy.headers().add(header);
            }
        }
        copy.headers().add(FORWARDED_FROM,
                (record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
        return publisher.send(copy);
    }

    /** After a failed acknowledgement: the next send starts with a fresh producer. */
    void reset() {
        publisher.reset();
    }
}
