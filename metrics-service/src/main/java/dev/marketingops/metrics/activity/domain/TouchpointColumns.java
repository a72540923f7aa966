package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A batch's touchpoints held column by column until its commit: about 60 bytes each, where the decoded events they
 * come from (their UUIDs, instants and reference strings) took about 300 and were most of what a half-share batch
 * keeps alive (docs/benchmarks.md). Money is rare on a touchpoint, so amount and currency are kept by row.
 */
public final class TouchpointColumns {

    private static final Channel[] CHANNELS = Channel.values();
    private static final ActivityKind[] KINDS = ActivityKind.values();
    private static final JourneyStage[] STAGES = JourneyStage.values();

    private long[] epochMicros = new long[256];
    private long[] counts = new long[256];
    private long[] customerHigh = new long[256];
    private long[] customerLow = new long[256];
    private long[] campaignHigh = new long[256];
    private long[] campaignLow = new long[256];
    private byte[] channels = new byte[256];
    private byte[] kinds = new byte[256];
    private byte[] stages = new byte[256];
    private final Map<Integer, BigDecimal> amounts = new HashMap<>();
    private final Map<Integer, String> currencies = new HashMap<>();
    private int size;

    /** Adds a counted event that carries a customer reference (its pseudonym is the customer key). */
    public void add(CountedActivity counted) {
        if (size == epochMicros.length) {
            grow(size * 2);
        }
        ActivityRecorded a = counted.activity();
        epochMicros[size] = BinaryCopyRows.epochMicros(a.occurredAt());
        counts[size] = a.count();
        customerHigh[size] = counted.customerKey().getMostSignificantBits();
        customerLow[size] = counted.customerKey().getLeastSignificantBits();
        campaignHigh[size] = a.campaignId().getMostSignificantBits();
        campaignLow[size] = a.campaignId().getLeastSignificantBits();
        channels[size] = (byte) a.channel().ordinal();
        kinds[size] = (byte) a.kind().ordinal();
        stages[size] = (byte) a.journeyStage().ordinal();
        if (a.amount() != null) {
            amounts.put(size, a.amount());
            currencies.put(size, a.currency());
        }
        size++;
    }

    public int size() {
        return size;
    }

    /** The event time as stored: rounded half up to the microsecond ({@link BinaryCopyRows#epochMicros}). */
    public long epochMicros(int row) {
        return epochMicros[row];
    }

    public Instant occurredAt(int row) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros[row], 1_000_000L),
                Math.floorMod(epochMicros[row], 1_000_000L) * 1_000L);
    }

    public long count(int row) {
        return counts[row];
    }

    public long customerHigh(int row) {
        return customerHigh[row];
    }

    public long customerLow(int row) {
        return customerLow[row];
    }

    public long campaignHigh(int row) {
        return campaignHigh[row];
    }

    public long campaignLow(int row) {
        return campaignLow[row];
    }

    public UUID campaignId(int row) {
        return new UUID(campaignHigh[row], campaignLow[row]);
    }

    public Channel channel(int row) {
        return CHANNELS[channels[row]];
    }

    public ActivityKind kind(int row) {
        return KINDS[kinds[row]];
    }

    public JourneyStage journeyStage(int row) {
        return STAGES[stages[row]];
    }

    /** The amount of a SPEND or REVENUE touchpoint, else null. */
    public BigDecimal amount(int row) {
        return amounts.get(row);
    }

    public String currency(int row) {
        return currencies.get(row);
    }

    /**
     * Compares two rows in the campaign-time index's order: the campaign as PostgreSQL orders a uuid (its bytes,
     * unsigned), then the event time.
     */
    public int compareInIndexOrder(int a, int b) {
        int order = Long.compareUnsigned(campaignHigh[a], campaignHigh[b]);
        if (order == 0) {
            order = Long.compareUnsigned(campaignLow[a], campaignLow[b]);
        }
        return order != 0 ? order : Long.compare(epochMicros[a], epochMicros[b]);
    }

    private void grow(int capacity) {
        epochMicros = Arrays.copyOf(epochMicros, capacity);
        counts = Arrays.copyOf(counts, capacity);
        customerHigh = Arrays.copyOf(customerHigh, capacity);
        customerLow = Arrays.copyOf(customerLow, capacity);
        campaignHigh = Arrays.copyOf(campaignHigh, capacity);
        campaignLow = Arrays.copyOf(campaignLow, capacity);
        channels = Arrays.copyOf(channels, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        stages = Arrays.copyOf(stages, capacity);
    }
}
