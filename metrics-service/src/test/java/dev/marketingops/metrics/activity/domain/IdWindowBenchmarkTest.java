package dev.marketingops.metrics.activity.domain;

import dev.marketingops.metrics.benchmark.LoadAverage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The id window at its default size (4,000,000 ids): heap bytes per id and the time of {@link IdWindow#remember}, for
 * {@link IdSet} and for the set before issue 13 ({@link PreviousIdSet}), alternating. Prints, asserts nothing.
 */
@Tag("benchmark")
class IdWindowBenchmarkTest {

    private static final long MAX_IDS = 4_000_000;
    // The service's largest batch (max-batch-records): the window may exceed maxIds by that much until expire().
    private static final int BATCH = 200_000;
    private static final int ROUNDS = 3;
    private static final int TIMED = 1_000_000;
    private static final long T0 = 1_000_000_000L;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final SplittableRandom random = new SplittableRandom(13);

    @Test
    void bytesPerIdAndRememberTime() {
        System.out.printf("IdWindowBenchmark: load average %s%n", LoadAverage.now());
        long empty = heapUsed();
        IdWindow window = fullWindow();
        long now = heapUsed();
        System.out.printf("  IdSet (ids + 1-byte tags)   : %,d ids, heap %.1f MB, %.1f bytes/id "
                        + "(tables alone %.1f bytes/id)%n", window.size(), (now - empty) / 1e6,
                (now - empty) / (double) window.size(), window.tableBytes() / (double) window.size());
        PreviousWindow previous = fullPreviousWindow();
        long both = heapUsed();
        System.out.printf("  PreviousIdSet (three arrays):        %,d ids, heap %.1f MB, %.1f bytes/id%n",
                previous.size, (both - now) / 1e6, (both - now) / (double) previous.size);

        long[] fresh = ids(TIMED);
        for (int round = 1; round <= ROUNDS; round++) {
            double current = nanosPerRemember(window, fresh, round);
            double before = nanosPerRemember(previous, fresh);
            double hits = nanosPerRepeat(window, fresh);
            System.out.printf("  round %d (load %s): new ids %.0f ns/remember (before: %.0f ns); "
                    + "ids already held %.0f ns%n", round, LoadAverage.now(), current, before, hits);
            fresh = ids(TIMED);
        }
    }

    /** 4,000,000 ids in one partition in batches of 200,000, expired after each as the consumer does. */
    private IdWindow fullWindow() {
        IdWindow window = new IdWindow(Duration.ofHours(24), MAX_IDS);
        long[] batch = new long[2 * BATCH];
        for (long added = 0; added < MAX_IDS; added += BATCH) {
            fill(batch);
            for (int i = 0; i < batch.length; i += 2) {
                window.remember(0, new UUID(batch[i], batch[i + 1]), T0);
            }
            window.expire(T0);
        }
        return window;
    }

    private PreviousWindow fullPreviousWindow() {
        PreviousWindow window = new PreviousWindow();
        long[] batch = new long[2 * BATCH];
        for (long added = 0; added < MAX_IDS; added += BATCH) {
            fill(batch);
            for (int i = 0; i < batch.length; i += 2) {
                window.remember(batch[i], batch[i + 1]);
            }
            window.expire();
        }
        return window;
    }

    private static double nanosPerRemember(IdWindow window, long[] ids, int round) {
        long start = System.nanoTime();
        for (int i = 0; i < ids.length; i += 2) {
            window.remember(0, new UUID(ids[i], ids[i + 1]), T0 + round);
            if (i % (2 * BATCH) == 0) {
                window.expire(T0 + round);
            }
        }
        return (System.nanoTime() - start) / (ids.length / 2.0);
    }

    private static double nanosPerRemember(PreviousWindow window, long[] ids) {
        long start = System.nanoTime();
        for (int i = 0; i < ids.length; i += 2) {
            window.remember(ids[i], ids[i + 1]);
            if (i % (2 * BATCH) == 0) {
                window.expire();
            }
        }
        return (System.nanoTime() - start) / (ids.length / 2.0);
    }

    /** Copies re-sent right after the originals: the newest segment holds them. */
    private static double nanosPerRepeat(IdWindow window, long[] ids) {
        int n = Math.min(ids.length, 2 * BATCH / 2);
        long start = System.nanoTime();
        for (int i = ids.length - n; i < ids.length; i += 2) {
            window.remember(0, new UUID(ids[i], ids[i + 1]), T0 + ROUNDS);
        }
        return (System.nanoTime() - start) / (n / 2.0);
    }

    private long[] ids(int count) {
        long[] ids = new long[2 * count];
        fill(ids);
        return ids;
    }

    private void fill(long[] ids) {
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextLong();
        }
    }

    private long heapUsed() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The window's hot path as it was before issue 13, for one partition: segments of maxIds/8 ids. */
    private static final class PreviousWindow {

        private final Deque<PreviousIdSet> segments = new ArrayDeque<>();
        private long size;

        void remember(long hi, long lo) {
            for (PreviousIdSet s : segments) {
                if (s.contains(hi, lo)) {
                    return;
                }
            }
            PreviousIdSet last = segments.peekLast();
            if (last == null || last.size() >= MAX_IDS / 8) {
                last = new PreviousIdSet();
                segments.addLast(last);
            }
            last.add(hi, lo);
            size++;
        }

        void expire() {
            while (size > MAX_IDS) {
                size -= segments.removeFirst().size();
            }
        }
    }
}
