package dev.marketingops.metrics.activity.domain;

/** The id set before issue 13 (three parallel arrays, ~34 bytes per id), the baseline of {@link IdWindowBenchmarkTest}. */
final class PreviousIdSet {

    private static final int MIN_CAPACITY = 64;

    private long[] his;
    private long[] los;
    private boolean[] used;
    private int size;

    PreviousIdSet() {
        allocate(MIN_CAPACITY);
    }

    int size() {
        return size;
    }

    boolean contains(long hi, long lo) {
        int mask = his.length - 1;
        for (int i = slot(hi, lo, mask); used[i]; i = (i + 1) & mask) {
            if (his[i] == hi && los[i] == lo) {
                return true;
            }
        }
        return false;
    }

    /** Adds the id; false if it was already present. */
    boolean add(long hi, long lo) {
        if ((size + 1) * 4L > his.length * 3L) {
            grow();
        }
        int mask = his.length - 1;
        int i = slot(hi, lo, mask);
        for (; used[i]; i = (i + 1) & mask) {
            if (his[i] == hi && los[i] == lo) {
                return false;
            }
        }
        used[i] = true;
        his[i] = hi;
        los[i] = lo;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHis = his;
        long[] oldLos = los;
        boolean[] oldUsed = used;
        allocate(his.length * 2);
        size = 0;
        for (int i = 0; i < oldHis.length; i++) {
            if (oldUsed[i]) {
                add(oldHis[i], oldLos[i]);
            }
        }
    }

    private void allocate(int capacity) {
        his = new long[capacity];
        los = new long[capacity];
        used = new boolean[capacity];
    }

    /** Random UUIDs are already well mixed, but name-based or hand-made ids may not be: mix both halves. */
    private static int slot(long hi, long lo, int mask) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
