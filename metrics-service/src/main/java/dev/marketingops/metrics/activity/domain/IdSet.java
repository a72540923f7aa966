package dev.marketingops.metrics.activity.domain;

/** An exact set of 128-bit event ids in flat arrays with a one-byte tag per slot, at most 3/4 full: ~23 bytes per id. */
final class IdSet {

    private static final int MIN_CAPACITY = 64;

    /** What the set most likely grows to: its last growth lands on a table just big enough for it, not on double. */
    private final int expected;
    // Slot i holds an id's high half at 2i and its low half at 2i + 1. Its tag (8 bits of the id's hash, never 0; 0
    // marks an empty slot) lets a probe for an absent id, the common case across a window's segments, read one small
    // byte array and touch the ids only when the tag matches. A tag only filters: the whole id is always compared.
    private long[] slots;
    private byte[] tags;
    private int capacity;
    private int size;

    IdSet(int expected) {
        this.expected = expected;
        allocate(MIN_CAPACITY);
    }

    int size() {
        return size;
    }

    /** Table slots the set occupies now (17 bytes each). */
    int capacity() {
        return capacity;
    }

    boolean contains(long hi, long lo) {
        long h = hash(hi, lo);
        byte tag = tag(h);
        for (int i = index(h); ; i = next(i)) {
            byte t = tags[i];
            if (t == 0) {
                return false;
            }
            if (t == tag && slots[2 * i] == hi && slots[2 * i + 1] == lo) {
                return true;
            }
        }
    }

    /** Adds the id; false if it was already present. */
    boolean add(long hi, long lo) {
        if ((size + 1) * 4L > capacity * 3L) {
            rehash(grown());
        }
        long h = hash(hi, lo);
        byte tag = tag(h);
        for (int i = index(h); ; i = next(i)) {
            byte t = tags[i];
            if (t == 0) {
                put(i, tag, hi, lo);
                size++;
                return true;
            }
            if (t == tag && slots[2 * i] == hi && slots[2 * i + 1] == lo) {
                return false;
            }
        }
    }

    /** For a segment that gets no more ids: shrinks the table to the smallest that holds them at most 3/4 full. */
    void seal() {
        int tight = tableFor(size);
        if (tight < capacity) {
            rehash(tight);
        }
    }

    /** The smallest table that holds {@code ids} at most 3/4 full. */
    static int tableFor(long ids) {
        return (int) Math.max(MIN_CAPACITY, (ids * 4 + 2) / 3);
    }

    private int grown() {
        int doubled = capacity * 2;
        int planned = tableFor(expected);
        return planned > capacity && planned < doubled ? planned : doubled;
    }

    private void rehash(int newCapacity) {
        long[] oldSlots = slots;
        byte[] oldTags = tags;
        allocate(newCapacity);
        for (int j = 0; j < oldTags.length; j++) {
            if (oldTags[j] != 0) {
                long hi = oldSlots[2 * j];
                long lo = oldSlots[2 * j + 1];
                int i = index(hash(hi, lo));
                while (tags[i] != 0) {
                    i = next(i);
                }
                put(i, oldTags[j], hi, lo);
            }
        }
    }

    private void put(int i, byte tag, long hi, long lo) {
        tags[i] = tag;
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
    }

    private void allocate(int newCapacity) {
        capacity = newCapacity;
        slots = new long[2 * newCapacity];
        tags = new byte[newCapacity];
    }

    private int next(int i) {
        return i + 1 == capacity ? 0 : i + 1;
    }

    /** Random UUIDs are already well mixed, but name-based or hand-made ids may not be: mix both halves. */
    private static long hash(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h * 0x94D049BB133111EBL;
    }

    /** The hash's high 32 bits mapped onto the table (multiply-shift, so the table need not be a power of two). */
    private int index(long h) {
        return (int) (((h >>> 32) * capacity) >>> 32);
    }

    /** Bits the index hardly uses, never 0. */
    private static byte tag(long h) {
        int t = (int) (h >>> 16) & 0xFF;
        return (byte) (t == 0 ? 1 : t);
    }
}
