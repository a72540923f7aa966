package dev.marketingops.metrics.activity.domain;

import java.util.Collection;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/** The one place that fixes the HLL parameters, so every stored sketch can be merged with every other. */
public final class ReachSketches {

    /** 2^12 registers: about 1.6 % relative error, at most a few KB per campaign and day (much less while sparse). */
    static final int LG_K = 12;
    private static final TgtHllType TYPE = TgtHllType.HLL_8;

    private ReachSketches() {
    }

    public static HllSketch empty() {
        return new HllSketch(LG_K, TYPE);
    }

    /**
     * Counts a customer in a sketch by its keyed pseudonym (HMAC with metrics' secret key), never by the raw reference:
     * the sketch's MurmurHash3 uses the library's public default seed, so a sketch fed raw references let anyone holding
     * it test a candidate reference (a small sketch keeps the hash's coupons). The pseudonym's 128 bits go in as two
     * longs: no string is made per event.
     */
    public static void update(HllSketch sketch, UUID customerKey) {
        sketch.update(new long[] {customerKey.getMostSignificantBits(), customerKey.getLeastSignificantBits()});
    }

    /** One sketch holding the registers of all {@code sketches} (the rows of one campaign-day), serialized compactly. */
    public static byte[] union(Collection<byte[]> sketches) {
        if (sketches.size() == 1) {
            return sketches.iterator().next();
        }
        return unionOf(sketches).getResult(TYPE).toCompactByteArray();
    }

    /** Estimated distinct customers over stored sketches (e.g. all days and campaigns of a range). */
    public static long estimate(Collection<byte[]> sketches) {
        if (sketches.isEmpty()) {
            return 0;
        }
        return Math.round(unionOf(sketches).getEstimate());
    }

    private static Union unionOf(Collection<byte[]> sketches) {
        Union union = new Union(LG_K);
        sketches.forEach(s -> union.update(HllSketch.heapify(s)));
        return union;
    }
}
