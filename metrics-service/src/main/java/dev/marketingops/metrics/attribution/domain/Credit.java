package dev.marketingops.metrics.attribution.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What one campaign or channel is credited with: fractional conversions and revenue per currency (never summed across). */
public final class Credit {

    private BigDecimal conversions = BigDecimal.ZERO;
    private final Map<String, BigDecimal> revenue = new TreeMap<>();

    void add(BigDecimal share, Conversion c) {
        if (c.count() > 0) {
            conversions = conversions.add(share.multiply(BigDecimal.valueOf(c.count())));
        }
        if (c.hasRevenue()) {
            revenue.merge(c.currency(), share.multiply(c.amount()), BigDecimal::add);
        }
    }

    void add(BigDecimal share, Credit other) {
        conversions = conversions.add(share.multiply(other.conversions));
        other.revenue.forEach((cur, amount) -> revenue.merge(cur, share.multiply(amount), BigDecimal::add));
    }

    void addConversions(BigDecimal value) {
        conversions = conversions.add(value);
    }

    void addRevenue(String currency, BigDecimal amount) {
        revenue.merge(currency, amount, BigDecimal::add);
    }

    /** Exact (unrounded) credited conversions. */
    public BigDecimal conversions() {
        return conversions;
    }

    /** Exact (unrounded) credited revenue by currency. */
    public Map<String, BigDecimal> revenue() {
        return Collections.unmodifiableMap(revenue);
    }
}
