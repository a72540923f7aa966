package dev.marketingops.infra;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;

/** A fixed piece of single-threaded work timed beside each benchmark run, so a run on a machine in a slower state shows as such. */
public final class CpuYardstick {

    private static final int LONGS = 2_000_000;
    private static final int HASHED_BYTES = 32 << 20;

    private CpuYardstick() {
    }

    /** Best of three: sorting the same 2 M seeded longs, and SHA-256 over the same 32 MB. */
    public static String measure() {
        long sortBest = Long.MAX_VALUE;
        long hashBest = Long.MAX_VALUE;
        byte[] data = new byte[HASHED_BYTES];
        new SplittableRandom(7).nextBytes(data);
        for (int round = 0; round < 3; round++) {
            long[] values = new SplittableRandom(11).longs(LONGS).toArray();
            long t0 = System.nanoTime();
            Arrays.sort(values);
            long t1 = System.nanoTime();
            sha256(data);
            long t2 = System.nanoTime();
            sortBest = Math.min(sortBest, t1 - t0);
            hashBest = Math.min(hashBest, t2 - t1);
        }
        return String.format("CPU yardstick (best of 3, one thread): sort 2 M longs %.0f ms, SHA-256 of 32 MB %.0f ms",
                sortBest / 1e6, hashBest / 1e6);
    }

    private static void sha256(byte[] data) {
        try {
            MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
