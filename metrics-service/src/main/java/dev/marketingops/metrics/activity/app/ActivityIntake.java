package dev.marketingops.metrics.activity.app;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.InvalidEventException;
import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.metrics.activity.domain.ActivityBatch;
import dev.marketingops.metrics.activity.domain.ActivityBatchCommitted;
import dev.marketingops.metrics.activity.domain.ActivityCheck;
import dev.marketingops.metrics.activity.domain.ActivityFastReader;
import dev.marketingops.metrics.activity.domain.ActivityStages;
import dev.marketingops.metrics.activity.domain.CanonicalPartition;
import dev.marketingops.metrics.activity.domain.CountedActivity;
import dev.marketingops.metrics.activity.domain.EventIds;
import dev.marketingops.metrics.activity.domain.IdWindow;
import dev.marketingops.metrics.activity.domain.PartitionRange;
import dev.marketingops.metrics.activity.domain.RollupStore;
import dev.marketingops.metrics.journeys.domain.CustomerPseudonym;
import dev.marketingops.plumbing.deadletter.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Turns polled marketing.activity records into counted activity: {@link #gather} decodes and validates every record,
 * pseudonymises its customer reference, parks the unusable ones on the DLQ and adds the first-seen rest to a batch;
 * {@link #commit} writes the batch with its positions in one transaction. Records are decoded by the configured
 * {@link ActivityFastReader} (falling back to the schema-validating codec); decoding, tallying and waiting for forwarded copies are timed in {@link ActivityStages}.
 */
@ApplicationScoped
public class ActivityIntake {

    public static final String CONSUMER = "metrics-service.activity";
    /** DLQ reason code of a valid event the database refuses (e.g. a rollup sum out of its column's range). */
    public static final String UNWRITABLE = "UNWRITABLE";

    private final EventCodec codec;
    private final ActivityCheck check;
    private final DeadLetters deadLetters;
    private final RollupStore store;
    private final Event<ActivityBatchCommitted> committed;
    private final Counter countedEvents;
    private final Counter duplicateEvents;
    private final Counter parkedEvents;
    private final Counter forwardedEvents;
    private final ActivityForwarder forwarder;
    private final ActivityStages stages;
    private final CustomerPseudonym pseudonym;
    private volatile ActivityFastReader reader;

    public ActivityIntake(EventCodec codec, ActivityCheck check, DeadLetters deadLetters, RollupStore store,
                          Event<ActivityBatchCommitted> committed, ActivityForwarder forwarder, MeterRegistry registry,
                          ActivityStages stages, ActivitySettings settings, CustomerPseudonym pseudonym) {
        this.forwarder = forwarder;
        this.pseudonym = pseudonym;
        this.stages = stages;
        this.reader = settings.fastReader();
        this.codec = codec;
        this.check = check;
        this.deadLetters = deadLetters;
        this.store = store;
        this.committed = committed;
        this.countedEvents = registry.counter("marketingops.activity.events", "outcome", "counted");
        this.duplicateEvents = registry.counter("marketingops.activity.events", "outcome", "duplicate");
        this.parkedEvents = registry.counter("marketingops.activity.events", "outcome", "dead-lettered");
        this.forwardedEvents = registry.counter("marketingops.activity.events", "outcome", "forwarded");
    }

    /** The fast reader in use. */
    public ActivityFastReader reader() {
        return reader;
    }

    /** Switches the fast reader from the next poll on (the ingest benchmark measures both in one run). */
    public void useReader(ActivityFastReader next) {
        this.reader = next;
    }

    /** Forwarded copies are on their canonical partition before the position that skips their originals commits. */
    void awaitForwards(ActivityBatch batch) {
        long start = System.nanoTime();
        try {
            batch.awaitForwards();
        } catch (IllegalStateException e) {
            forwarder.reset();
            throw e;
        } finally {
            stages.since("forwards", start);
        }
    }

    /** Parks a record that passed every check but cannot be written (found by {@link PoisonIsolator}). */
    void parkUnwritable(ConsumerRecord<String, byte[]> record, String reason) {
        deadLetters.park(record, CONSUMER, UNWRITABLE, reason);
        parkedEvents.increment();
    }

    /**
     * Verdict on one record: counted, or parked with a reason. {@code murmur} is the campaign id's murmur2 hash,
     * computed here, on the parallel decode, instead of on the consumer thread.
     */
    private record Verdict(ConsumerRecord<String, byte[]> record, CountedActivity activity, String reasonCode, String reason,
                           int murmur) {

        int canonical(int partitionCount) {
            return murmur % partitionCount;
        }
    }

    /**
     * Decodes and checks every record (in parallel: the CPU-heavy part), parks the unusable ones on the DLQ, forwards
     * the ones that arrived off their campaign's canonical partition to it, and adds the rest to the batch in partition
     * order, dropping ids the window has already seen. With {@code kept} given, every record is also listed there with
     * what it counts (null: nothing), so a batch that cannot be written can be split by {@link PoisonIsolator}.
     */
    public void gather(ConsumerRecords<String, byte[]> records, ActivityBatch batch, IdWindow window, int partitionCount,
                       List<PoisonIsolator.Kept> kept) {
        long start = System.nanoTime();
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
        records.forEach(all::add);
        ActivityFastReader fast = reader;
        Instant latest = check.latestOccurredAt(); // once per poll: each record's occurredAt is only compared with it
        List<Verdict> verdicts = all.parallelStream().map(r -> judge(fast, r, latest)).toList();
        start = stages.since("decode", start);
        long now = System.currentTimeMillis();
        int i = 0;
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> part = records.records(tp);
            for (int end = i + part.size(); i < end; i++) {
                Verdict v = verdicts.get(i);
                CountedActivity counted = null;
                if (v.activity() == null) {
                    // Parked before the commit: a crash in between parks it again on replay (at-least-once on the DLQ).
                    deadLetters.park(v.record(), CONSUMER, v.reasonCode(), v.reason());
                    parkedEvents.increment();
                } else if (partitionCount > 0 && v.canonical(partitionCount) != tp.partition()) {
                    batch.forward(forwarder.forward(v.record(), v.activity().activity().campaignId(), partitionCount));
                } else if (window.remember(tp.partition(), v.activity().eventKey(), now)) {
                    batch.count(tp.partition(), v.activity());
                    counted = v.activity();
                } else {
                    batch.duplicate();
                }
                if (kept != null) {
                    kept.add(new PoisonIsolator.Kept(v.record(), counted));
                }
            }
            batch.cover(new PartitionRange(tp.topic(), tp.partition(), part.get(0).offset(),
                    part.get(part.size() - 1).offset() + 1), part.size());
        }
        stages.since("tally", start);
    }

    /** Counts the batch and stores its positions in one transaction, then tells observers it is visible. */
    public void commit(ActivityBatch batch) {
        awaitForwards(batch);
        store.commit(CONSUMER, batch);
        countedEvents.increment(batch.counted());
        duplicateEvents.increment(batch.duplicates());
        forwardedEvents.increment(batch.forwarded());
        committed.fire(new ActivityBatchCommitted(batch.received(), batch.counted(), batch.producedAt(),
                System.currentTimeMillis()));
    }

    private Verdict judge(ActivityFastReader reader, ConsumerRecord<String, byte[]> record, Instant latest) {
        ActivityFastReader.Read fast = reader.read(record.headers(), record.value(), codec.times());
        if (fast != null) {
            return verdict(record, fast.key(), fast.activity(), latest);
        }
        DecodedEvent decoded;
        try {
            decoded = codec.decode(record);
        } catch (InvalidEventException e) {
            return new Verdict(record, null, e.reason().name(), e.getMessage(), 0);
        }
        if (!(decoded.payload() instanceof ActivityRecorded activity)) {
            return new Verdict(record, null, "UNEXPECTED_TYPE",
                    decoded.type() + " does not belong on " + record.topic(), 0);
        }
        return verdict(record, EventIds.key(decoded.id()), activity, latest);
    }

    private Verdict verdict(ConsumerRecord<String, byte[]> record, UUID key, ActivityRecorded activity, Instant latest) {
        return check.problem(activity, latest)
                .map(refused -> new Verdict(record, null, refused.code(), refused.field() + ": " + refused.message(), 0))
                .orElseGet(() -> new Verdict(record, new CountedActivity(key, activity, record.timestamp(),
                        // Hashed here, on the parallel decode: the commit runs alone and should only write.
                        activity.customerRef() == null ? null : pseudonym.of(activity.customerRef())),
                        null, null, CanonicalPartition.murmur(activity.campaignId())));
    }
}
