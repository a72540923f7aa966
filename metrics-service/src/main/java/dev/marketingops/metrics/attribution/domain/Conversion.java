package dev.marketingops.metrics.attribution.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something a customer's touchpoints are credited for: a CONVERSION event ({@code count} conversions, no money) or a
 * REVENUE event ({@code count} 0, an amount in a currency). Each is attributed over the touchpoints in its own window.
 */
public record Conversion(Instant at, long count, BigDecimal amount, String currency) {

    public static Conversion conversions(Instant at, long count) {
        return new Conversion(at, count, null, null);
    }

    public static Conversion revenue(Instant at, BigDecimal amount, String currency) {
        return new Conversion(at, 0, amount, currency);
    }

    public boolean hasRevenue() {
        return amount != null && currency != null;
    }
}
