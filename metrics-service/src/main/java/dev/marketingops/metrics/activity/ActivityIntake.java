package dev.marketingops.metrics.activity;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.activity.ActivityFastReader;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Turns polled marketing.activity records into counted activity: {@link #gather} decodes and validates every record,
 * parks the unusable ones on the DLQ and adds the first-seen rest to a batch; {@link #commit} writes the batch with its
 * positions in one transaction.
 */
@ApplicationScoped
public class ActivityIntake {

    public static final String CONSUMER = "metrics-service.activity";

    private final EventCodec codec;
    private final ActivityCheck check;
    private final DeadLetters deadLetters;
    private final RollupStore store;
    private final Event<ActivityBatchCommitted> committed;
    private final Counter countedEvents;
    private final Counter duplicateEvents;
    private final Counter parkedEvents;

    public ActivityIntake(EventCodec codec, ActivityCheck check, DeadLetters deadLetters, RollupStore store,
                          Event<ActivityBatchCommitted> committed, MeterRegistry registry) {
        this.codec = codec;
        this.check = check;
        this.deadLetters = deadLetters;
        this.store = store;
        this.committed = committed;
        this.countedEvents = registry.counter("marketingops.activity.events", "outcome", "counted");
        this.duplicateEvents = registry.counter("marketingops.activity.events", "outcome", "duplicate");
        this.parkedEvents = registry.counter("marketingops.activity.events", "outcome", "dead-lettered");
    }

    /** Verdict on one record: counted, or parked with a reason. */
    private record Verdict(ConsumerRecord<String, byte[]> record, CountedActivity activity, String reasonCode, String reason) {
    }

    /**
     * Decodes and checks every record (in parallel: the CPU-heavy part), parks the unusable ones on the DLQ, and adds
     * the rest to the batch in partition order, dropping ids the window has already seen.
     */
    public void gather(ConsumerRecords<String, byte[]> records, ActivityBatch batch, IdWindow window) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
        records.forEach(all::add);
        List<Verdict> verdicts = all.parallelStream().map(this::judge).toList();
        long now = System.currentTimeMillis();
        int i = 0;
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> part = records.records(tp);
            for (int end = i + part.size(); i < end; i++) {
                Verdict v = verdicts.get(i);
                if (v.activity() == null) {
                    // Parked before the commit: a crash in between parks it again on replay (at-least-once on the DLQ).
                    deadLetters.park(v.record(), CONSUMER, v.reasonCode(), v.reason());
                    parkedEvents.increment();
                } else if (window.remember(tp.partition(), v.activity().eventKey(), now)) {
                    batch.count(tp.partition(), v.activity());
                } else {
                    batch.duplicate();
                }
            }
            batch.cover(new PartitionRange(tp.topic(), tp.partition(), part.get(0).offset(),
                    part.get(part.size() - 1).offset() + 1), part.size());
        }
    }

    /** Counts the batch and stores its positions in one transaction, then tells observers it is visible. */
    public void commit(ActivityBatch batch) {
        store.commit(CONSUMER, batch);
        countedEvents.increment(batch.counted());
        duplicateEvents.increment(batch.duplicates());
        committed.fire(new ActivityBatchCommitted(batch.received(), batch.counted(), batch.producedAt(),
                System.currentTimeMillis()));
    }

    private Verdict judge(ConsumerRecord<String, byte[]> record) {
        ActivityFastReader.Read fast = ActivityFastReader.read(record.headers(), record.value());
        if (fast != null) {
            return verdict(record, fast.id(), fast.activity());
        }
        DecodedEvent decoded;
        try {
            decoded = codec.decode(record);
        } catch (InvalidEventException e) {
            return new Verdict(record, null, e.reason().name(), e.getMessage());
        }
        if (!(decoded.payload() instanceof ActivityRecorded activity)) {
            return new Verdict(record, null, "UNEXPECTED_TYPE",
                    decoded.type() + " does not belong on " + record.topic());
        }
        return verdict(record, decoded.id(), activity);
    }

    private Verdict verdict(ConsumerRecord<String, byte[]> record, String id, ActivityRecorded activity) {
        return check.problem(activity)
                .map(reason -> new Verdict(record, null, ActivityCheck.CURRENCY_MISMATCH, reason))
                .orElseGet(() -> new Verdict(record,
                        new CountedActivity(EventIds.key(id), activity, record.timestamp()), null, null));
    }
}
