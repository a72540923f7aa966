package dev.marketingops.metrics.activity.domain;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Activity gathered over one or more polls for one database transaction: the tally of first-seen events, their ids
 * per partition (for the id log), and the offsets covered. While one batch commits the next one gathers, so under load
 * batches grow and the database sees fewer, larger writes; when idle each poll commits on its own.
 */
public final class ActivityBatch {

    private final ActivityTally tally = new ActivityTally();
    private final Map<Integer, ByteBuffer> ids = new HashMap<>();
    private final Map<Integer, PartitionRange> ranges = new LinkedHashMap<>();
    private long[] producedAt = new long[1024];
    private int counted;
    private int received;
    private int duplicates;
    private final List<Future<RecordMetadata>> forwards = new ArrayList<>();
    private final TouchpointColumns touchpoints = new TouchpointColumns();

    /** Counts a first-seen event of the partition. */
    public void count(int partition, CountedActivity activity) {
        tally.add(activity.activity(), activity.customerKey());
        if (activity.customerKey() != null) {
            touchpoints.add(activity);
        }
        ByteBuffer buffer = ids.computeIfAbsent(partition, p -> ByteBuffer.allocate(16 * 1024));
        if (buffer.remaining() < 16) {
            buffer = ByteBuffer.allocate(buffer.capacity() * 2).put(buffer.flip());
            ids.put(partition, buffer);
        }
        UUID key = activity.eventKey();
        buffer.putLong(key.getMostSignificantBits()).putLong(key.getLeastSignificantBits());
        if (counted == producedAt.length) {
            producedAt = Arrays.copyOf(producedAt, counted * 2);
        }
        producedAt[counted++] = activity.producedAt();
    }

    public void duplicate() {
        duplicates++;
    }

    /** A record that belongs to another partition, sent there: its position may commit once the send is acknowledged. */
    public void forward(Future<RecordMetadata> send) {
        forwards.add(send);
    }

    /** Waits for every forwarded copy's acknowledgement; a failed one fails the batch, which is then read again. */
    public void awaitForwards() {
        try {
            for (Future<RecordMetadata> send : forwards) {
                send.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Forwarded activity not acknowledged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while forwarding activity", e);
        }
    }

    public int forwarded() {
        return forwards.size();
    }

    /** Extends the batch over a polled range of a partition (the first range's start is kept for fencing). */
    public void cover(PartitionRange range, int records) {
        ranges.merge(range.partition(), range,
                (old, add) -> new PartitionRange(old.topic(), old.partition(), old.first(), add.next()));
        received += records;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public ActivityTally tally() {
        return tally;
    }

    /** The counted events that carry a customer reference (pseudonymised): the journeys' touchpoints. */
    public TouchpointColumns touchpoints() {
        return touchpoints;
    }

    /** The counted ids of each partition, 16 bytes per id, as the id log stores them. */
    public Map<Integer, byte[]> packedIds() {
        Map<Integer, byte[]> packed = new HashMap<>();
        ids.forEach((partition, buffer) -> packed.put(partition, Arrays.copyOf(buffer.array(), buffer.position())));
        return packed;
    }

    public Collection<PartitionRange> ranges() {
        return ranges.values();
    }

    public long[] producedAt() {
        return Arrays.copyOf(producedAt, counted);
    }

    public int counted() {
        return counted;
    }

    public int received() {
        return received;
    }

    public int duplicates() {
        return duplicates;
    }
}
