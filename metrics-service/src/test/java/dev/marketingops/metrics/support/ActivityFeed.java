package dev.marketingops.metrics.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.infra.KafkaTestResource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes activity to marketing.activity the way a marketing tool would: schema-valid CloudEvents, keyed by campaign. */
public final class ActivityFeed implements AutoCloseable {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final URI SOURCE = URI.create("/tools/test-feed");

    private final KafkaProducer<String, byte[]> producer;

    public ActivityFeed() {
        producer = producer(5);
    }

    /** A producer of encoded CloudEvents to the test broker (acks=all), for feeds and benchmarks alike. */
    public static KafkaProducer<String, byte[]> producer(int lingerMs) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /** One activity as a record with a fresh event id. */
    public static ProducerRecord<String, byte[]> record(ActivityRecorded activity) {
        return record(activity, UUID.randomUUID().toString());
    }

    /** One activity as a record with the given event id (send the same id twice to duplicate it). */
    public static ProducerRecord<String, byte[]> record(ActivityRecorded activity, String eventId) {
        return CODEC.toProducerRecord(Topics.MARKETING_ACTIVITY, activity.partitionKey(),
                CODEC.toCloudEvent(activity, SOURCE, eventId, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** The CloudEvent id of a record made here. */
    public static String eventId(ProducerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    public static ActivityRecorded impressions(UUID campaign, long count, Instant at) {
        return ActivityRecorded.counted(campaign, Channel.SOCIAL, ActivityKind.IMPRESSION, count, at, JourneyStage.AWARENESS);
    }

    public static ActivityRecorded clicks(UUID campaign, long count, Instant at) {
        return ActivityRecorded.counted(campaign, Channel.SOCIAL, ActivityKind.CLICK, count, at, JourneyStage.CONSIDERATION);
    }

    public void send(ProducerRecord<String, byte[]> record) {
        producer.send(record);
    }

    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        records.forEach(producer::send);
        producer.flush();
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
