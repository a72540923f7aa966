package dev.marketingops.metrics.activity.domain;

import dev.marketingops.contracts.activity.ActivityRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;

/** One batch's activity pre-aggregated in memory per rollup cell, so a batch of thousands of events becomes a few rows. */
public final class ActivityTally {

    /**
     * A campaign x hour x channel x journey stage cell. equals and hashCode are written out: every counted event looks
     * its cell up, and the generated ones (method handles) showed in the consumer thread's profile.
     */
    public record Cell(UUID campaignId, long bucketEpochSecond, String channel, String journeyStage) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Cell c && bucketEpochSecond == c.bucketEpochSecond && campaignId.equals(c.campaignId)
                    && Objects.equals(channel, c.channel) && Objects.equals(journeyStage, c.journeyStage);
        }

        @Override
        public int hashCode() {
            long h = campaignId.getMostSignificantBits() * 31 + campaignId.getLeastSignificantBits();
            h = (h * 31 + bucketEpochSecond) * 31 + Objects.hashCode(channel);
            h = h * 31 + Objects.hashCode(journeyStage);
            return (int) (h ^ h >>> 32);
        }
    }

    /** A money cell: a rollup cell, a kind (SPEND or REVENUE) and a currency. */
    public record MoneyCell(Cell cell, String kind, String currency) {
    }

    /** A campaign's event-time day, the grain of reach sketches. */
    public record ReachDay(UUID campaignId, LocalDate day) {
    }

    /** Counted kinds of one cell, in table column order. */
    public static final class Counts {
        public long impressions;
        public long clicks;
        public long conversions;
        public long signups;
        public long engagements;
        public long activities;
    }

    private final Map<Cell, Counts> counts = new HashMap<>();
    private final Map<MoneyCell, BigDecimal> money = new HashMap<>();
    private final Map<ReachDay, HllSketch> reach = new HashMap<>();
    private int events;

    /**
     * Adds a counted event; {@code customerKey} is its reference's keyed pseudonym (null without one), the only form of
     * a customer a reach sketch is ever fed (never the raw reference: the sketches' hash is public and unkeyed).
     */
    public void add(ActivityRecorded a, UUID customerKey) {
        Instant at = a.occurredAt();
        long hour = Math.floorDiv(at.getEpochSecond(), 3600) * 3600;
        Cell cell = new Cell(a.campaignId(), hour, a.channel().name(), a.journeyStage().name());
        Counts c = counts.computeIfAbsent(cell, k -> new Counts());
        long n = a.count();
        c.activities += n;
        switch (a.kind()) {
            case IMPRESSION -> c.impressions += n;
            case CLICK -> c.clicks += n;
            case CONVERSION -> c.conversions += n;
            case SIGNUP -> c.signups += n;
            case ENGAGEMENT -> c.engagements += n;
            case SPEND, REVENUE -> money.merge(new MoneyCell(cell, a.kind().name(), a.currency()), a.amount(), BigDecimal::add);
        }
        if (customerKey != null) {
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            ReachSketches.update(reach.computeIfAbsent(new ReachDay(a.campaignId(), day), k -> ReachSketches.empty()),
                    customerKey);
        }
        events++;
    }

    public Map<Cell, Counts> counts() {
        return counts;
    }

    public Map<MoneyCell, BigDecimal> money() {
        return money;
    }

    /**
     * The batch's customers (keyed pseudonyms) per campaign-day, each day's in a sketch of its own, hashed as they are tallied:
     * on the consumer thread, which has time to spare, instead of in the commit, the pipeline's serial step. The commit
     * stores each as a pending row ({@link ReachSketchWriter}).
     */
    public Map<ReachDay, HllSketch> reach() {
        return reach;
    }

    public int events() {
        return events;
    }
}
