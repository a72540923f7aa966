package dev.marketingops.metrics.kpis.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summed rollups of a scope over a range (or one point of a series), before any KPI is derived.
 *
 * @param money amounts by kind (SPEND, REVENUE) and currency; more than one currency is kept, never converted
 */
public record ActivityTotals(long impressions, long clicks, long conversions, long signups, long engagements,
                             long activities, Map<String, Map<String, BigDecimal>> money) {

    public static ActivityTotals empty() {
        return new ActivityTotals(0, 0, 0, 0, 0, 0, new TreeMap<>());
    }

    /** This, with {@code amount} of {@code kind} in {@code currency} added. */
    ActivityTotals withMoney(String kind, String currency, BigDecimal amount) {
        money.computeIfAbsent(kind, k -> new TreeMap<>()).merge(currency.trim(), amount, BigDecimal::add);
        return this;
    }

    ActivityTotals withCounts(long impressions, long clicks, long conversions, long signups, long engagements, long activities) {
        return new ActivityTotals(impressions, clicks, conversions, signups, engagements, activities, money);
    }
}
