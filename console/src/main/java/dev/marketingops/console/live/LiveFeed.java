package dev.marketingops.console.live;

import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Follows the public topics and hands every record to the open pages. Each console replica has its own consumer group
 * ({@code <prefix>-<instance>}), because every replica must see every event for the pages it serves; it reads only
 * records newer than its start and commits nothing, so a restart never replays history into open pages.
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final BroadcastProcessor<LiveEvent> events = BroadcastProcessor.create();
    private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> following = new ConcurrentHashMap<>();
    private final Map<String, Object> kafka;
    private final List<String> topics;
    private final String group;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private volatile long lastPoll;

    /** {@code kafka} holds every {@code kafka.*} setting (and KAFKA_* variable): bootstrap, TLS and SASL alike. */
    public LiveFeed(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                    @ConfigProperty(name = "console.live.topics") List<String> topics,
                    @ConfigProperty(name = "console.live.group-prefix") String prefix) {
        this.kafka = kafka;
        this.topics = topics;
        this.group = prefix + "-" + System.getenv().getOrDefault("HOSTNAME", UUID.randomUUID().toString());
    }

    void start(@Observes StartupEvent start) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        running = true;
        Thread thread = new Thread(this::run, "console-live-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    /** Every event from now on, to every subscriber. */
    public Multi<LiveEvent> events() {
        return events;
    }

    /** The events that mention {@code subject}, from now on; counted in {@link #following} until cancelled. */
    public Multi<LiveEvent> about(UUID subject) {
        String key = String.valueOf(subject);
        return events.filter(e -> e.mentions(subject))
                .onSubscription().invoke(() -> following.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet())
                .onTermination().invoke(() -> following.computeIfPresent(key,
                        (k, count) -> count.decrementAndGet() <= 0 ? null : count));
    }

    /** How many open streams follow {@code subject} right now (a closed page's stream must not be among them). */
    public int following(UUID subject) {
        AtomicInteger count = following.get(String.valueOf(subject));
        return count == null ? 0 : count.get();
    }

    /** Ready once the consumer holds its partitions, so no event published after that is missed. */
    public boolean ready() {
        return !assigned.isEmpty();
    }

    public String group() {
        return group;
    }

    public long lastPollMillis() {
        return lastPoll;
    }

    private void run() {
        try {
            consumer.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    assigned.removeAll(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // "latest" is looked up lazily after this callback; pin it now, so that once ready() says so,
                    // an event published afterwards is not skipped by a later end-offset lookup.
                    partitions.forEach(consumer::position);
                    assigned.addAll(partitions);
                }
            });
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    forward(record);
                }
                lastPoll = System.currentTimeMillis();
            }
        } catch (WakeupException e) {
            // Shutting down.
        } catch (RuntimeException e) {
            LOG.errorf(e, "The live feed stopped; open pages no longer update without a reload");
        } finally {
            assigned.clear();
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** One record to the open pages; a record the feed cannot read is skipped, never the end of the feed. */
    private void forward(ConsumerRecord<String, String> record) {
        try {
            events.onNext(new LiveEvent(LiveEvent.nameOf(record.topic()), header(record, "ce_type"),
                    record.key() + " " + record.value(), System.nanoTime()));
        } catch (RuntimeException e) {
            LOG.warnf("Skipped %s-%d@%d in the live feed: %s", record.topic(), record.partition(), record.offset(), e.toString());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
