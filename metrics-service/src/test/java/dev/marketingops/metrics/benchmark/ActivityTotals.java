package dev.marketingops.metrics.benchmark;

/** What distinct activity events add up to (each id once), as the rollups must hold it; spend in euro cents, exact. */
public record ActivityTotals(long activities, long impressions, long clicks, long conversions, long spendCents) {

    public static final ActivityTotals NONE = new ActivityTotals(0, 0, 0, 0, 0);

    public ActivityTotals plus(ActivityTotals other) {
        return new ActivityTotals(activities + other.activities, impressions + other.impressions, clicks + other.clicks,
                conversions + other.conversions, spendCents + other.spendCents);
    }

    @Override
    public String toString() {
        return String.format("%,d activities (%,d impressions, %,d clicks, %,d conversions), spend %,d.%02d EUR",
                activities, impressions, clicks, conversions, spendCents / 100, spendCents % 100);
    }
}
