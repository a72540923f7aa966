package dev.marketingops.metrics.activity.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's default partitioner picks for a campaign id key (murmur2 of its canonical text): every copy of
 * a campaign's event is counted there, so that partition's id window sees them all, however a tool keyed them.
 */
public final class CanonicalPartition {

    private CanonicalPartition() {
    }

    public static int of(UUID campaignId, int partitionCount) {
        return murmur(campaignId) % partitionCount;
    }

    /** The positive murmur2 hash of the id's canonical text (lower-case 8-4-4-4-12), as the partitioner computes it. */
    public static int murmur(UUID campaignId) {
        byte[] text = TEXT.get();
        hex(campaignId.getMostSignificantBits() >>> 32, 8, text, 0);
        text[8] = '-';
        hex(campaignId.getMostSignificantBits() >>> 16, 4, text, 9);
        text[13] = '-';
        hex(campaignId.getMostSignificantBits(), 4, text, 14);
        text[18] = '-';
        hex(campaignId.getLeastSignificantBits() >>> 48, 4, text, 19);
        text[23] = '-';
        hex(campaignId.getLeastSignificantBits(), 12, text, 24);
        return Utils.toPositive(Utils.murmur2(text));
    }

    /** The lowest {@code digits} hex digits of {@code value}, lower case, into {@code out} at {@code at}. */
    private static void hex(long value, int digits, byte[] out, int at) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Per decoding thread: this runs for every record, so it allocates nothing. */
    private static final ThreadLocal<byte[]> TEXT = ThreadLocal.withInitial(() -> new byte[36]);
}
