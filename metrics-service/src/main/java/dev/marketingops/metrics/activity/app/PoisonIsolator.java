package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.activity.domain.IdWindow;
import dev.marketingops.metrics.activity.domain.PartitionRange;
import dev.marketingops.plumbing.TransientFailures;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Writes the records of a batch the database refused because of its data in halves, and halves of halves, until each
 * record that cannot be written is alone; that one goes to the DLQ (code {@code UNWRITABLE}, the database's reason in
 * {@code dlq-reason}) and only its position is stored. Everything else commits as usual, each record exactly once.
 * Halves commit left to right, so every partition's positions still move forward in order.
 */
@ApplicationScoped
public class PoisonIsolator {

    private static final Logger LOG = Logger.getLogger(PoisonIsolator.class);

    /** A polled record and what it counts: null when nothing (a duplicate, forwarded or already parked). */
    public record Kept(ConsumerRecord<String, byte[]> record, CountedActivity activity) {
    }

    private final ActivityIntake intake;

    public PoisonIsolator(ActivityIntake intake) {
        this.intake = intake;
    }

    /** Gathers one poll of a batch that failed on its data and writes it, splitting as far as needed. */
    public void isolate(ConsumerRecords<String, byte[]> records, IdWindow window, int partitionCount) {
        ActivityBatch polled = new ActivityBatch();
        List<Kept> kept = new ArrayList<>(records.count());
        intake.gather(records, polled, window, partitionCount, kept);
        intake.awaitForwards(polled);
        write(kept);
    }

    /** Writes the records (in partition and offset order, as polled); rethrows any failure that is not the data's. */
    public void write(List<Kept> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            intake.commit(batchOf(records, false));
        } catch (RuntimeException e) {
            if (!TransientFailures.isDataRefusal(e)) {
                throw e;
            }
            if (records.size() > 1) {
                int half = records.size() / 2;
                write(records.subList(0, half));
                write(records.subList(half, records.size()));
                return;
            }
            ConsumerRecord<String, byte[]> poison = records.get(0).record();
            LOG.warnf("Activity %s-%d@%d cannot be written: %s", poison.topic(), poison.partition(), poison.offset(),
                    e.toString());
            intake.parkUnwritable(poison, reason(e));
            intake.commit(batchOf(records, true)); // its position only
        }
    }

    private static ActivityBatch batchOf(List<Kept> records, boolean positionsOnly) {
        ActivityBatch batch = new ActivityBatch();
        for (Kept k : records) {
            ConsumerRecord<String, byte[]> r = k.record();
            if (k.activity() != null && !positionsOnly) {
                batch.count(r.partition(), k.activity());
            }
            batch.cover(new PartitionRange(r.topic(), r.partition(), r.offset(), r.offset() + 1), 1);
        }
        return batch;
    }

    /** The innermost message, which names the database's reason. */
    private static String reason(Throwable failure) {
        return "not writable to the rollups: " + TransientFailures.root(failure).getMessage();
    }
}
