package dev.marketingops.plumbing.deadletter;

import dev.marketingops.plumbing.kafka.KafkaBrokerCheck;
import dev.marketingops.plumbing.kafka.KafkaPublisher;
import dev.marketingops.plumbing.progress.ConsumerProgress;
import dev.marketingops.plumbing.progress.ConsumerStream;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * Parks an event the consumer cannot use on {@code <topic>.dlq}: same key, value and headers, plus headers naming
 * the reason and where it came from. It waits for the broker's acknowledgement, so nothing is dropped; a dead-letter
 * topic that refuses the letter while the broker answers holds the consumer's stream, which stalls past the limit.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dlq-reason";
    public static final String REASON_CODE = "dlq-reason-code";
    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";
    public static final String CONSUMER = "dlq-consumer";
    public static final String FAILED_AT = "dlq-failed-at";
    public static final String VALUE_OMITTED = "dlq-value-omitted";
    private static final java.util.Set<String> OURS = java.util.Set.of(REASON, REASON_CODE, ORIGINAL_TOPIC,
            ORIGINAL_PARTITION, ORIGINAL_OFFSET, CONSUMER, FAILED_AT);

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaPublisher publisher;
    private final ConsumerProgress progress;
    private final KafkaBrokerCheck broker;

    public DeadLetters(KafkaPublisher publisher, ConsumerProgress progress, @HealthGroup("kafka") KafkaBrokerCheck broker) {
        this.publisher = publisher;
        this.progress = progress;
        this.broker = broker;
    }

    public static String topicFor(String topic) {
        return topic + ".dlq";
    }

    /**
     * Sends the record to its dead-letter topic, retrying until the broker takes it. {@code consumer} is also the name
     * of the stream whose progress the wait shows in (see {@link #refused}).
     */
    public void park(ConsumerRecord<String, byte[]> source, String consumer, String reasonCode, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topicFor(source.topic()), null, source.key(), source.value());
        for (Header header : source.headers()) {
            letter.headers().add(header);
        }
        add(letter, REASON, truncate(reason, 2_000));
        add(letter, REASON_CODE, reasonCode);
        add(letter, ORIGINAL_TOPIC, source.topic());
        add(letter, ORIGINAL_PARTITION, Integer.toString(source.partition()));
        add(letter, ORIGINAL_OFFSET, Long.toString(source.offset()));
        add(letter, CONSUMER, consumer);
        add(letter, FAILED_AT, Instant.now().toString());
        LOG.warnf("Dead-lettering %s-%d@%d for %s: %s %s", source.topic(), source.partition(), source.offset(),
                consumer, reasonCode, reason);
        Duration backoff = Duration.ofMillis(200);
        boolean shrunk = false;
        boolean refused = false;
        while (true) {
            try {
                publisher.send(letter).get(15, TimeUnit.SECONDS);
                if (refused) {
                    LOG.infof("Dead-letter topic %s takes letters again; %s goes on", letter.topic(), consumer);
                    progress.register(consumer).heldUp(null);
                }
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (e.getCause() instanceof RecordTooLargeException) {
                    if (shrunk) {
                        // Only our own short headers are left; a broker that refuses even that is misconfigured.
                        throw new IllegalStateException("The dead-letter topic of " + source.topic()
                                + " refuses even a letter without value and copied headers", e);
                    }
                    // The reason headers pushed a record near the size limit over it: retrying would never end.
                    letter = withoutValue(letter, source);
                    shrunk = true;
                    continue;
                }
                publisher.reset();
                refused = refused(letter.topic(), consumer, e instanceof ExecutionException ? e.getCause() : e, refused);
                sleep(backoff);
                backoff = backoff.toMillis() < 5_000 ? backoff.multipliedBy(2) : backoff;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering", e);
            }
        }
    }

    /**
     * Whether a failed write was refused by the dead-letter topic rather than lost to a broker outage. A broker that
     * answers means the topic itself refuses (no ACL to write it, missing with auto-create off, too few in-sync
     * replicas): the consumer's stream holds the record, so it shows as stalled past the limit, in readiness and in
     * {@code marketingops_consumer_stalled}, instead of idle while nothing moves. It is retried, not given up: the record
     * is decided, only the letter waits, and it goes in as soon as the topic is fixed (docs/plumbing.md). No broker
     * answering is an outage, which the broker check reports: the stream is idle, as it is while nothing can be polled.
     */
    private boolean refused(String topic, String consumer, Throwable failure, boolean refusedBefore) {
        ConsumerStream stream = progress.register(consumer);
        String what = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (!broker.probe()) {
            stream.idle();
            LOG.warnf("Dead letter to %s not written, no Kafka broker answers (%s); retrying", topic, what);
            return false;
        }
        // Readiness is read without a token: the exception's class only; its message (principals, topics) is logged.
        stream.heldUp("dead letter to " + topic + " refused while the broker answers ("
                + failure.getClass().getSimpleName() + "; the detail is in the service log)");
        if (refusedBefore) {
            LOG.warnf("Dead-letter topic %s still refuses the letter for %s (%s); retrying", topic, consumer, what);
        } else {
            LOG.errorf("Dead-letter topic %s refuses the letter for %s while the broker answers (%s): the consumer "
                    + "waits and shows as stalled past the limit; check the topic exists and the service may write it",
                    topic, consumer, what);
        }
        return true;
    }

    /** The letter with only our own headers and no value; the original stays readable where it came from. */
    private static ProducerRecord<String, byte[]> withoutValue(ProducerRecord<String, byte[]> letter,
                                                               ConsumerRecord<String, byte[]> source) {
        ProducerRecord<String, byte[]> smaller = new ProducerRecord<>(letter.topic(), null, letter.key(), new byte[0]);
        for (Header header : letter.headers()) {
            if (OURS.contains(header.key())) { // by name: a copied header may be called dlq-anything
                smaller.headers().add(header);
            }
        }
        int valueBytes = source.value() == null ? 0 : source.value().length;
        int headerBytes = 0;
        for (Header header : source.headers()) {
            headerBytes += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        add(smaller, VALUE_OMITTED, "the record (value " + valueBytes + " bytes, headers " + headerBytes
                + " bytes) was too large for the dead-letter topic; read the original at " + source.topic() + "-"
                + source.partition() + "@" + source.offset());
        LOG.warnf("Dead letter for %s-%d@%d too large; parking it without its value and headers", source.topic(),
                source.partition(), source.offset());
        return smaller;
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String reason, int limit) {
        String text = reason == null ? "" : reason;
        return text.length() > limit ? text.substring(0, limit) + "…" : text;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        }
    }
}
