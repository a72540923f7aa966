package dev.marketingops.metrics.activity;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The marketing.activity consumer: a KafkaConsumer loop on its own thread that gathers polled records into an
 * {@link ActivityBatch} while the previous batch commits. Kafka's committed offsets are never used; on every
 * assignment, and after any failed batch, the consumer seeks to the positions stored in PostgreSQL with the rollups
 * and rebuilds its {@link IdWindow} from the id log stored with them.
 */
@ApplicationScoped
public class ActivityStream {

    private static final Logger LOG = Logger.getLogger(ActivityStream.class);

    private final ActivityIntake intake;
    private final RollupStore store;
    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final String groupId;
    private final int maxPollRecords;
    private final int maxBatchRecords;
    private final Duration dedupHorizon;
    private final long dedupMaxIds;
    private final boolean enabled;
    private volatile Loop loop;

    public ActivityStream(ActivityIntake intake, RollupStore store,
                          @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                          @ConfigProperty(name = "marketingops.activity.topic") String topic,
                          @ConfigProperty(name = "marketingops.activity.group-id") String groupId,
                          @ConfigProperty(name = "marketingops.activity.max-poll-records") int maxPollRecords,
                          @ConfigProperty(name = "marketingops.activity.max-batch-records") int maxBatchRecords,
                          @ConfigProperty(name = "marketingops.activity.dedup-horizon") Duration dedupHorizon,
                          @ConfigProperty(name = "marketingops.activity.dedup-max-ids") long dedupMaxIds,
                          @ConfigProperty(name = "marketingops.activity.enabled") boolean enabled,
                          MeterRegistry registry) {
        this.intake = intake;
        this.store = store;
        this.kafkaConfig = kafkaConfig;
        this.topic = topic;
        this.groupId = groupId;
        this.maxPollRecords = maxPollRecords;
        this.maxBatchRecords = maxBatchRecords;
        this.dedupHorizon = dedupHorizon;
        this.dedupMaxIds = dedupMaxIds;
        this.enabled = enabled;
        registry.gauge("marketingops.activity.dedup.ids", this, s -> s.window().size());
        registry.gauge("marketingops.activity.dedup.horizon.seconds", this,
                s -> s.window().effectiveHorizon(System.currentTimeMillis()).toSeconds());
        registry.more().counter("marketingops.activity.dedup.evicted", List.of(), this, s -> s.window().evicted());
    }

    /** The running consumer's id window (an empty one while stopped), for the gauges. */
    private IdWindow window() {
        Loop current = loop;
        return current == null ? new IdWindow(dedupHorizon, dedupMaxIds) : current.window;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (loop == null) {
            Loop next = new Loop();
            Thread thread = new Thread(next, "activity-stream");
            thread.setDaemon(true);
            next.thread = thread;
            loop = next;
            thread.start();
        }
    }

    /**
     * Stops polling and leaves the group; a batch in flight finishes or rolls back, never half-commits, and the batch
     * gathered so far is written while the partitions are still ours. Waits up to 30 s for the loop to end.
     */
    public void stop() {
        Loop current;
        synchronized (this) {
            current = loop;
            loop = null;
        }
        if (current != null) {
            current.halt();
        }
    }

    private static List<Integer> partitionNumbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).toList();
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
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

    /**
     * One consumer's life: gather batch N+1 while batch N commits on a second thread (one batch in flight, commits
     * strictly in order), and re-seek to the database after anything goes wrong.
     */
    private final class Loop implements Runnable, ConsumerRebalanceListener {

        private static final Duration IDLE_POLL = Duration.ofMillis(200);
        /** While a batch commits and the next one gathers: short, so the next commit starts soon after. */
        private static final Duration GATHER_POLL = Duration.ofMillis(10);

        private volatile boolean running = true;
        private volatile KafkaConsumer<String, byte[]> consumer;
        private Thread thread;
        private boolean reseek;
        private final IdWindow window = new IdWindow(dedupHorizon, dedupMaxIds);
        private ActivityBatch pending = new ActivityBatch();
        private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "activity-commit");
            t.setDaemon(true);
            return t;
        });
        private Future<?> inFlight;

        @Override
        public void run() {
            try (KafkaConsumer<String, byte[]> c = newConsumer()) {
                consumer = c;
                c.subscribe(List.of(topic), this);
                Duration backoff = Duration.ofMillis(100);
                while (running) {
                    try {
                        if (reseek) {
                            settle();
                            restore(c.assignment());
                        }
                        window.expire(System.currentTimeMillis());
                        ConsumerRecords<String, byte[]> records = c.poll(pending.isEmpty() ? IDLE_POLL : GATHER_POLL);
                        if (reseek) {
                            continue; // records fetched from a position not taken from the database are dropped
                        }
                        if (!records.isEmpty()) {
                            intake.gather(records, pending, window);
                        }
                        if (pending.isEmpty() || inFlight != null && !inFlight.isDone()
                                && pending.received() < maxBatchRecords) {
                            continue; // nothing to write yet, or keep gathering while the database is busy
                        }
                        settle();
                        if (reseek) {
                            continue; // the previous batch failed: this one starts past it, so it is dropped too
                        }
                        ActivityBatch batch = pending;
                        pending = new ActivityBatch();
                        inFlight = committer.submit(() -> intake.commit(batch));
                        backoff = Duration.ofMillis(100);
                    } catch (WakeupException e) {
                        // halt() woke us up; the loop condition ends it
                    } catch (RuntimeException e) {
                        // Before anything else: a half-gathered batch must never be committed, not even on close.
                        failed(e);
                        if (!running) {
                            break;
                        }
                    }
                    if (reseek && running) {
                        pause(backoff);
                        backoff = backoff.toMillis() < 5_000 ? backoff.multipliedBy(2) : backoff;
                    }
                }
                settle();
            } catch (RuntimeException | Error e) {
                LOG.error("Activity stream stopped; restart the service or call start() again", e);
            } finally {
                committer.shutdownNow();
                ended();
            }
        }

        /** Back to what the database says: the gathered batch is dropped, positions and ids are read again. */
        private void restore(Collection<TopicPartition> assignment) {
            pending = new ActivityBatch();
            window.clear();
            resume(assignment);
            reseek = false;
        }

        /**
         * Positions first, then ids: a commit by another member in between only adds ids for records we are about to
         * re-read, and counting them again is fenced off by the position it stored.
         */
        private void resume(Collection<TopicPartition> partitions) {
            Map<Integer, Long> stored = store.positions(ActivityIntake.CONSUMER, topic);
            store.loadIds(topic, partitionNumbers(partitions), dedupHorizon, dedupMaxIds, window);
            for (TopicPartition tp : partitions) {
                Long next = stored.get(tp.partition());
                if (next != null) {
                    consumer.seek(tp, next);
                } else {
                    consumer.seekToBeginning(List.of(tp));
                }
            }
        }

        /** Waits for the batch in flight; if it failed, the consumer must re-seek to the stored positions. */
        private void settle() {
            Future<?> committing = inFlight;
            inFlight = null;
            if (committing == null) {
                return;
            }
            try {
                committing.get();
            } catch (ExecutionException e) {
                failed(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }

        private void failed(Throwable e) {
            LOG.warnf("Activity batch not counted, re-reading from the stored positions: %s", e.toString());
            reseek = true;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                // Only the new partitions: a pending reseek (from a failed revoke, say) still covers all of them.
                resume(partitions);
            } catch (RuntimeException e) {
                LOG.warnf("Cannot read stored positions yet: %s", e.toString());
                reseek = true;
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Write what was gathered while the partitions are still ours; fencing covers a member that is too late.
            settle();
            if (!pending.isEmpty() && !reseek) {
                try {
                    intake.commit(pending);
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
            pending = new ActivityBatch();
            window.forget(partitionNumbers(partitions));
        }

        /** A loop that ended by itself (an error) lets start() begin a new one. */
        private void ended() {
            synchronized (ActivityStream.this) {
                if (loop == this) {
                    loop = null;
                }
            }
        }

        void halt() {
            running = false;
            KafkaConsumer<String, byte[]> c = consumer;
            if (c != null) {
                c.wakeup();
            }
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void pause(Duration d) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
