package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.IdWindow;
import dev.marketingops.metrics.activity.domain.PartitionRange;
import dev.marketingops.plumbing.TransientFailures;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What one activity consumer holds between polls: its id window, the batch it gathers, the one batch committing on
 * the commit thread, and the partitions whose records are re-read poll by poll after a data refusal. Touched only on
 * the consumer thread (the loop and its rebalance callbacks); the commit thread sees only the batch it was handed.
 */
final class ActivityWork {

    final IdWindow window;
    /** Partitions whose records up to this offset (exclusive) are written poll by poll, split if need be. */
    final Map<Integer, Long> suspects = new HashMap<>();
    /** The topic's partition count, for each record's canonical partition. */
    int partitionCount;
    private ActivityBatch gathered = new ActivityBatch();
    private Future<?> inFlight;
    /** The offsets of the batch in flight (not the batch: a committed batch's tallies must not outlive its commit). */
    private Collection<PartitionRange> inFlightRanges = List.of();
    private final ExecutorService committer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "activity-commit");
        t.setDaemon(true);
        return t;
    });

    ActivityWork(IdWindow window) {
        this.window = window;
    }

    ActivityBatch gathered() {
        return gathered;
    }

    boolean committing() {
        return inFlight != null;
    }

    boolean commitDone() {
        return inFlight != null && inFlight.isDone();
    }

    /** Hands the gathered batch to the commit thread and starts gathering a new one. */
    void submit(Consumer<ActivityBatch> commit) {
        ActivityBatch batch = gathered;
        gathered = new ActivityBatch();
        inFlightRanges = List.copyOf(batch.ranges());
        inFlight = committer.submit(() -> commit.accept(batch));
    }

    /** Takes the gathered batch (for a synchronous write) and starts a new one. */
    ActivityBatch takeGathered() {
        ActivityBatch batch = gathered;
        gathered = new ActivityBatch();
        return batch;
    }

    /** Drops what was gathered: it starts past a failed batch, or at positions not taken from the database. */
    void dropGathered() {
        gathered = new ActivityBatch();
    }

    /**
     * Waits for the batch in flight: null if there was none or it committed, else why it failed. A batch the database
     * refused for its data makes its offsets suspects, re-read poll by poll so the poison records are found and parked.
     */
    Throwable settle() {
        Future<?> committing = inFlight;
        inFlight = null;
        if (committing == null) {
            return null;
        }
        try {
            committing.get();
            return null;
        } catch (ExecutionException e) {
            if (TransientFailures.isDataRefusal(e.getCause())) {
                inFlightRanges.forEach(r -> suspects.merge(r.partition(), r.next(), Math::max));
            }
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /** Partitions this consumer no longer owns: their ids and suspects go. */
    void forget(Collection<TopicPartition> revoked) {
        window.forget(revoked.stream().map(TopicPartition::partition).toList());
        revoked.forEach(tp -> suspects.remove(tp.partition()));
    }

    void close() {
        committer.shutdownNow();
    }
}
