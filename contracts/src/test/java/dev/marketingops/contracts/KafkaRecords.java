package dev.marketingops.contracts;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Turns what a producer sends into what a consumer receives, without a broker. */
final class KafkaRecords {

    private KafkaRecords() {
    }

    static ConsumerRecord<String, byte[]> delivered(ProducerRecord<String, byte[]> sent) {
        return received(sent.topic(), new RecordHeaders(sent.headers().toArray()), sent.key(), sent.value());
    }

    static ConsumerRecord<String, byte[]> received(String topic, RecordHeaders headers, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, 42L, 0L, TimestampType.CREATE_TIME, -1, -1, key, value, headers,
                Optional.empty());
    }
}
