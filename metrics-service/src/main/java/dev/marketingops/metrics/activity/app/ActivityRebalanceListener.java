package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.RollupStore;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The activity consumer's side of a rebalance, and of every re-seek: Kafka's committed offsets are never used. On
 * assignment it reads the stored positions and the id log of the new partitions and seeks there; before a revoke it
 * writes what was gathered while the partitions are still ours (fencing covers a member that is too late). A callback
 * that fails leaves its failure for the loop ({@link #takeFailure()}), which then re-seeks everything. Runs on the
 * consumer thread, inside {@code poll()}.
 */
final class ActivityRebalanceListener implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(ActivityRebalanceListener.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final ActivityWork work;
    private final ActivityIntake intake;
    private final RollupStore store;
    private final String topic;
    private final Duration dedupHorizon;
    private final long dedupMaxIds;
    private Throwable failure;

    ActivityRebalanceListener(KafkaConsumer<String, byte[]> consumer, ActivityWork work, ActivityIntake intake,
                              RollupStore store, ActivitySettings settings) {
        this.consumer = consumer;
        this.work = work;
        this.intake = intake;
        this.store = store;
        this.topic = settings.topic();
        this.dedupHorizon = settings.dedupHorizon();
        this.dedupMaxIds = settings.dedupMaxIds();
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        try {
            // Only the new partitions: the others keep their positions, ids and what was gathered from them.
            resume(partitions);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot read stored positions yet: %s", e.toString());
            fail(e);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        Throwable failed = work.settle();
        if (failed == null && !work.gathered().isEmpty()) {
            try {
                intake.commit(work.takeGathered());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            fail(failed);
        }
        work.dropGathered();
        work.forget(partitions);
    }

    /** The failure a callback met since the last call, if any; the loop then re-seeks from the stored positions. */
    Throwable takeFailure() {
        Throwable taken = failure;
        failure = null;
        return taken;
    }

    /** Back to what the database says for every assigned partition: nothing gathered, positions and ids read again. */
    void restore() {
        work.dropGathered();
        work.window.clear();
        resume(consumer.assignment());
    }

    /**
     * Positions first, then ids: a commit by another member in between only adds ids for records we are about to
     * re-read, and counting them again is fenced off by the position it stored.
     */
    private void resume(Collection<TopicPartition> partitions) {
        work.partitionCount = consumer.partitionsFor(topic).size();
        long start = System.nanoTime();
        Map<Integer, Long> stored = store.positions(ActivityIntake.CONSUMER, topic);
        store.loadIds(topic, partitions.stream().map(TopicPartition::partition).toList(), dedupHorizon, dedupMaxIds,
                work.window);
        // Nothing is counted meanwhile: after a start or a rebalance this is how long new activity waits.
        LOG.infof("Resumed %d partitions of %s: positions and %,d ids read in %d ms", partitions.size(), topic,
                work.window.size(), (System.nanoTime() - start) / 1_000_000);
        for (TopicPartition tp : partitions) {
            Long next = stored.get(tp.partition());
            if (next != null) {
                consumer.seek(tp, next);
            } else {
                consumer.seekToBeginning(List.of(tp));
            }
        }
    }

    private void fail(Throwable e) {
        failure = e;
        work.dropGathered(); // gathered from positions that may no longer hold: read again after the re-seek
    }
}
