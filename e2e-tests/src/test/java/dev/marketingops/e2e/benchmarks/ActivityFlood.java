package dev.marketingops.e2e.benchmarks;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes activity load fast: every event has a new unique id, one in ten goes to a known campaign. */
// The records are pre-built through the contracts codec (validated as a tool would send them) once per template; each
// event is a template with a fresh ce_id, so the test JVM spends its CPU on the producer, not on JSON and schemas.
final class ActivityFlood {

    private static final int OTHER_CAMPAIGNS = 2_000;
    private static final int TEMPLATES = 10 * OTHER_CAMPAIGNS;

    private final List<ProducerRecord<String, byte[]>> templates = new ArrayList<>(TEMPLATES);
    private long toKnown;

    /**
     * @param customerShare the share of events carrying a customerRef (touchpoints), e.g. 0.1
     */
    private ActivityFlood(UUID known, double customerShare) {
        EventCodec codec = EventCodec.standard();
        URI source = URI.create("/tools/e2e-ad-platform");
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < OTHER_CAMPAIGNS; i++) {
            others.add(UUID.randomUUID());
        }
        Instant now = Instant.now();
        int withCustomer = (int) Math.round(customerShare * 100);
        for (int t = 0; t < TEMPLATES; t++) {
            UUID campaign = t % 10 == 0 ? known : others.get(t % OTHER_CAMPAIGNS);
            String customer = t % 100 < withCustomer ? "cust-" + t : null;
            ActivityRecorded activity = new ActivityRecorded(campaign, Channel.PAID_SEARCH, ActivityKind.IMPRESSION, 1L,
                    null, null, now.minusMillis(t % 60_000), JourneyStage.AWARENESS, customer);
            templates.add(codec.toProducerRecord(codec.toCloudEvent(activity, source), activity.partitionKey()));
        }
    }

    /** Publishes {@code events} events (snappy, large batches, acks=all) and returns how many went to {@code known}. */
    static long publish(String bootstrapServers, UUID known, int events, double customerShare) {
        ActivityFlood flood = new ActivityFlood(known, customerShare);
        flood.send(bootstrapServers, events);
        return flood.toKnown;
    }

    private void send(String bootstrapServers, int events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // snappy: cheap for JSON; the local broker carries snappy and zstd but not lz4, and rejects lz4 batches.
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "snappy");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        SplittableRandom random = new SplittableRandom();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < events; i++) {
                int t = i % TEMPLATES;
                toKnown += t % 10 == 0 ? 1 : 0;
                producer.send(withId(templates.get(t), random), (done, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The broker refused activity events", failure.get());
        }
    }

    /** The template with a fresh random (version 4) CloudEvent id. */
    private static ProducerRecord<String, byte[]> withId(ProducerRecord<String, byte[]> template, SplittableRandom random) {
        UUID id = new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | 1L << 63);
        Header[] headers = template.headers().toArray();
        for (int h = 0; h < headers.length; h++) {
            if (headers[h].key().equals("ce_id")) {
                headers[h] = new RecordHeader("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new ProducerRecord<>(template.topic(), null, null, template.key(), template.value(), List.of(headers));
    }
}
