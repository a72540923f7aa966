package dev.marketingops.contracts.metrics;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * KPIs of one scope over a time window, emitted by metrics as rollups change.
 *
 * <p>Ratios are null when undefined (e.g. CTR with no impressions), never 0, so "no data" and "zero" differ.
 * CPC, CPM and CPA are in the spend currency; CTR, conversion rate, ROAS and ROI are plain ratios (0.05 = 5 %).
 *
 * @param scopeId    the campaign, launch or product id named by {@code scope}
 * @param windowEnd  exclusive end of the window
 * @param spend      total spend, or null when none was reported
 * @param revenue    total revenue, or null when none was reported
 */
public record KpiSnapshot(
        KpiScope scope,
        UUID scopeId,
        UUID campaignId,
        UUID launchId,
        UUID productId,
        Instant windowStart,
        Instant windowEnd,
        long impressions,
        long clicks,
        long conversions,
        long reach,
        Money spend,
        Money revenue,
        BigDecimal ctr,
        BigDecimal cpc,
        BigDecimal cpm,
        BigDecimal conversionRate,
        BigDecimal cpa,
        BigDecimal roas,
        BigDecimal roi) implements EventPayload {

    public static final String TYPE = "dev.marketingops.metrics.KpiSnapshot.v1";

    @Override
    public String aggregateId() {
        return scopeId.toString();
    }
}
