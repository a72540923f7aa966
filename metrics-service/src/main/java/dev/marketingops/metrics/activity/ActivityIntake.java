package dev.marketingops.metrics.activity;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Turns one polled batch of marketing.activity into one database transaction: {@link #prepare} decodes and validates
 * every record and parks the unusable ones on the DLQ; {@link #commit} counts the rest together with their positions.
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

    /** A decoded batch ready to commit: the valid events and the offsets the batch covers. */
    public record PreparedBatch(int received, List<CountedActivity> valid, Collection<PartitionRange> ranges) {
    }

    /** Decodes and checks every record (in parallel: the CPU-heavy part) and parks the unusable ones on the DLQ. */
    public PreparedBatch prepare(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
        Map<TopicPartition, PartitionRange> ranges = new LinkedHashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> part = records.records(tp);
            all.addAll(part);
            ranges.put(tp, new PartitionRange(tp.topic(), tp.partition(), part.get(0).offset(),
                    part.get(part.size() - 1).offset() + 1));
        }
        List<Verdict> verdicts = all.parallelStream().map(this::judge).toList();
        List<CountedActivity> valid = new ArrayList<>(verdicts.size());
        for (Verdict v : verdicts) {
            if (v.activity() != null) {
                valid.add(v.activity());
            } else {
                // Parked before the commit: a crash in between parks it again on replay (at-least-once on the DLQ).
                deadLetters.park(v.record(), CONSUMER, v.reasonCode(), v.reason());
                parkedEvents.increment();
            }
        }
        return new PreparedBatch(all.size(), valid, List.copyOf(ranges.values()));
    }

    /** Counts the batch and stores its positions in one transaction, then tells observers it is visible. */
    public void commit(PreparedBatch batch) {
        List<CountedActivity> fresh = store.commit(CONSUMER, batch.valid(), batch.ranges());
        long now = System.currentTimeMillis();
        countedEvents.increment(fresh.size());
        duplicateEvents.increment(batch.valid().size() - fresh.size());
        long[] producedAt = new long[fresh.size()];
        for (int i = 0; i < producedAt.length; i++) {
            producedAt[i] = fresh.get(i).producedAt();
        }
        committed.fire(new ActivityBatchCommitted(batch.received(), fresh.size(), producedAt, now));
    }

    private Verdict judge(ConsumerRecord<String, byte[]> record) {
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
        return check.problem(activity)
                .map(reason -> new Verdict(record, null, ActivityCheck.CURRENCY_MISMATCH, reason))
                .orElseGet(() -> new Verdict(record,
                        new CountedActivity(EventIds.key(decoded.id()), activity, record.timestamp()), null, null));
    }
}
