package dev.marketingops.metrics.activity.domain;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * The event ids each assigned partition counted within the dedup horizon, held in memory so the hot path checks an id
 * without a database round trip. The id log in PostgreSQL (written with the rollups and positions) is the truth: a
 * window is rebuilt from it on assignment and after any failed batch. Ids are kept in segments (a 24th of the horizon
 * or an 8th of {@code maxIds}, whichever fills first) so expiry and eviction drop whole segments. When the ids within the horizon exceed {@code maxIds}, the oldest
 * segments go first and the effective horizon shrinks; {@link #effectiveHorizon} reports it. Used by the consumer
 * thread only.
 */
public final class IdWindow {

    /** Ids counted from {@code startedAt} on, until the segment is full or a 24th of the horizon old. */
    private record Segment(long startedAt, IdSet ids) {
    }

    private final long horizonMillis;
    private final long segmentMillis;
    private final long maxIds;
    private final long segmentIds;
    private final Map<Integer, Deque<Segment>> partitions = new HashMap<>();
    private volatile long size;
    private volatile long oldestMillis = Long.MAX_VALUE;
    private volatile long evicted;

    public IdWindow(Duration horizon, long maxIds) {
        this.horizonMillis = horizon.toMillis();
        this.segmentMillis = Math.max(1, horizonMillis / 24);
        this.maxIds = maxIds;
        // Capped so a segment's table stays within one Java array.
        this.segmentIds = Math.min(1 << 28, Math.max(1024, maxIds / 8));
    }

    /** Records the id as counted in the partition at {@code nowMillis}; false if the window already holds it. */
    public boolean remember(int partition, UUID id, long nowMillis) {
        Deque<Segment> segments = partitions.computeIfAbsent(partition, p -> new ArrayDeque<>());
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        Segment newest = segments.peekLast();
        // The segment the id goes into if it is new is probed once, by the add itself, not by a look first and again.
        boolean newestTakesIt = newest != null && !closed(newest, nowMillis);
        // Newest first: a copy usually follows its original within seconds (a producer's or tool's retry).
        for (Iterator<Segment> newestFirst = segments.descendingIterator(); newestFirst.hasNext(); ) {
            Segment s = newestFirst.next();
            if ((s != newest || !newestTakesIt) && s.ids().contains(hi, lo)) {
                return false;
            }
        }
        if (newestTakesIt) {
            if (!newest.ids().add(hi, lo)) {
                return false;
            }
        } else {
            current(segments, nowMillis).ids().add(hi, lo);
        }
        size++;
        return true;
    }

    /** Adds the ids a partition counted at {@code countedAtMillis}, as stored in the id log (16 bytes each). */
    public void load(int partition, long countedAtMillis, byte[] packed) {
        Deque<Segment> segments = partitions.computeIfAbsent(partition, p -> new ArrayDeque<>());
        IdSet ids = current(segments, countedAtMillis).ids();
        ByteBuffer buffer = ByteBuffer.wrap(packed);
        while (buffer.remaining() >= 16) {
            if (ids.add(buffer.getLong(), buffer.getLong())) {
                size++;
            }
        }
    }

    /** Forgets partitions this consumer no longer owns. */
    public void forget(Collection<Integer> revoked) {
        revoked.forEach(partitions::remove);
        recount();
    }

    public void clear() {
        partitions.clear();
        recount();
    }

    /** Drops segments past the horizon, then the oldest ones while the window holds more than {@code maxIds}. */
    public void expire(long nowMillis) {
        boolean changed = false;
        for (Deque<Segment> segments : partitions.values()) {
            while (!segments.isEmpty() && segments.peekFirst().startedAt() + segmentMillis + horizonMillis < nowMillis) {
                segments.removeFirst();
                changed = true;
            }
        }
        if (changed) {
            recount();
        }
        while (size > maxIds && dropOldest()) {
            recount();
        }
    }

    public long size() {
        return size;
    }

    /** Bytes the id tables hold now (17 per slot), for the benchmark's bytes per id. */
    long tableBytes() {
        long slots = 0;
        for (Deque<Segment> segments : partitions.values()) {
            for (Segment s : segments) {
                slots += s.ids().capacity();
            }
        }
        return 17 * slots;
    }

    /** Ids dropped before their horizon because of {@code maxIds}. */
    public long evicted() {
        return evicted;
    }

    /**
     * How far back dedup holds now: the whole horizon, unless ids were evicted early; then back to the start of the
     * oldest segment still held.
     */
    public Duration effectiveHorizon(long nowMillis) {
        long oldest = oldestMillis;
        if (evicted == 0 || oldest == Long.MAX_VALUE) {
            return Duration.ofMillis(horizonMillis);
        }
        return Duration.ofMillis(Math.min(horizonMillis, Math.max(0, nowMillis - oldest)));
    }

    private Segment current(Deque<Segment> segments, long nowMillis) {
        Segment last = segments.peekLast();
        if (last == null || closed(last, nowMillis)) {
            if (last != null) {
                // It gets no more ids: a segment closed early by time gives back the part of its table it never used.
                last.ids().seal();
            }
            last = new Segment(nowMillis, new IdSet((int) segmentIds));
            segments.addLast(last);
            oldestMillis = Math.min(oldestMillis, nowMillis);
        }
        return last;
    }

    /** A segment takes no more ids once it is a 24th of the horizon old or full. */
    private boolean closed(Segment segment, long nowMillis) {
        return nowMillis - segment.startedAt() >= segmentMillis || segment.ids().size() >= segmentIds;
    }

    /** Drops the oldest segment of any partition, even a partition's only one: the bound holds however many it has. */
    private boolean dropOldest() {
        Deque<Segment> oldest = null;
        for (Deque<Segment> segments : partitions.values()) {
            if (!segments.isEmpty() && (oldest == null || segments.peekFirst().startedAt() < oldest.peekFirst().startedAt())) {
                oldest = segments;
            }
        }
        if (oldest == null) {
            return false;
        }
        evicted += oldest.removeFirst().ids().size();
        return true;
    }

    private void recount() {
        long total = 0;
        long oldest = Long.MAX_VALUE;
        for (Deque<Segment> segments : partitions.values()) {
            for (Segment s : segments) {
                total += s.ids().size();
                oldest = Math.min(oldest, s.startedAt());
            }
        }
        size = total;
        oldestMillis = oldest;
    }
}
