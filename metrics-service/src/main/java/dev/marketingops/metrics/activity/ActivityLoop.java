package dev.marketingops.metrics.activity;

import dev.marketingops.plumbing.TransientFailures;
import dev.marketingops.plumbing.progress.ConsumerStream;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One consumer's life: gather batch N+1 while batch N commits on a second thread (one batch in flight, commits
 * strictly in order), re-seek to the database after anything goes wrong, and after a batch the database refused for
 * its data, write that batch's records poll by poll through the {@link PoisonIsolator}. Work in hand (records
 * gathered, a batch in flight, a failed batch to re-read) keeps the shared stall clock running ({@link ConsumerStream}).
 */
final class ActivityLoop implements Runnable, ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(ActivityLoop.class);

    private final ActivityStream stream;
    private final ActivityIntake intake;
    private final RollupStore store;
    private final ActivityConsumers consumers;
    private final PoisonIsolator isolator;
    private final ConsumerStream progress;
    private final String topic;
    private final int maxBatchRecords;
    private final Duration dedupHorizon;
    private final long dedupMaxIds;

    ActivityLoop(ActivityStream stream, ActivityIntake intake, RollupStore store, ActivityConsumers consumers,
                 PoisonIsolator isolator, ConsumerStream progress, String topic, int maxBatchRecords,
                 Duration dedupHorizon, long dedupMaxIds) {
        this.stream = stream;
        this.intake = intake;
        this.store = store;
        this.consumers = consumers;
        this.isolator = isolator;
        this.progress = progress;
        this.topic = topic;
        this.maxBatchRecords = maxBatchRecords;
        this.dedupHorizon = dedupHorizon;
        this.dedupMaxIds = dedupMaxIds;
        this.window = new IdWindow(dedupHorizon, dedupMaxIds);
    }

    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    /** While a batch commits and the next one gathers: short, so the next commit starts soon after. */
    private static final Duration GATHER_POLL = Duration.ofMillis(10);

    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    Thread thread;
    private boolean reseek;
    final IdWindow window;
    private ActivityBatch pending = new ActivityBatch();
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "activity-commit");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;
    /** The offsets of the batch in flight (not the batch: a committed batch's tallies must not outlive its commit). */
    private Collection<PartitionRange> inFlightRanges = List.of();
    /** Partitions whose records up to this offset (exclusive) are written poll by poll, split if need be. */
    private final Map<Integer, Long> suspects = new HashMap<>();
    private int partitionCount;

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> c = consumers.create()) {
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
                    if (!records.isEmpty() || !pending.isEmpty() || inFlight != null) {
                        progress.working(); // again each turn: the previous batch's commit may have just ended it
                    }
                    if (!suspects.isEmpty()) {
                        isolate(records);
                        continue;
                    }
                    if (!records.isEmpty()) {
                        intake.gather(records, pending, window, partitionCount, null);
                    } else if (pending.isEmpty()) {
                        if (inFlight != null && inFlight.isDone()) {
                            settle(); // learn now, not at the next record, whether the last batch failed
                        }
                        if (inFlight == null && !reseek && caughtUp(c)) {
                            progress.idle(); // waiting for records is never a stall
                        }
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
                    inFlightRanges = List.copyOf(batch.ranges());
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
            stream.ended(this);
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
        partitionCount = consumer.partitionsFor(topic).size();
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
            if (TransientFailures.isDataRefusal(e.getCause())) {
                // Re-read the batch poll by poll, splitting what fails, so the poison records are found and parked.
                inFlightRanges.forEach(r -> suspects.merge(r.partition(), r.next(), Math::max));
            }
            failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void failed(Throwable e) {
        LOG.warnf("Activity batch not counted, re-reading from the stored positions: %s", e.toString());
        reseek = true;
        if (brokerAway(e)) {
            progress.idle(); // nothing the database refused: the broker check reports an outage, not the stall check
        } else {
            progress.working(); // the batch is re-read and retried; a repeated call keeps its clock running
        }
    }

    private static boolean brokerAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KafkaException) {
                return true;
            }
        }
        return false;
    }

    /** Writes one poll on its own, synchronously, split as far as needed; leaves isolation once past the suspects. */
    private void isolate(ConsumerRecords<String, byte[]> records) {
        if (!records.isEmpty()) {
            isolator.isolate(records, window, partitionCount);
        }
        // Past the failed batch's end (or no longer ours): back to gathering while the previous batch commits.
        suspects.entrySet().removeIf(s -> {
            TopicPartition tp = new TopicPartition(topic, s.getKey());
            return !consumer.assignment().contains(tp) || consumer.position(tp) >= s.getValue();
        });
        if (records.isEmpty() && caughtUp(consumer)) {
            progress.idle();
        }
    }

    /** No known lag on any assigned partition (what the last fetches told; no broker round trip). */
    private boolean caughtUp(KafkaConsumer<String, byte[]> c) {
        for (TopicPartition tp : c.assignment()) {
            OptionalLong lag = c.currentLag(tp);
            if (lag.isPresent() && lag.getAsLong() > 0) {
                return false;
            }
        }
        return true;
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
        partitions.forEach(tp -> suspects.remove(tp.partition()));
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

    private static List<Integer> partitionNumbers(Collection<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::partition).toList();
    }
}
