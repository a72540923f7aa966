package dev.marketingops.campaign.support;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.contracts.metrics.ThresholdKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** KPI events as metrics-service publishes them, for one campaign. */
public final class Kpis {

    private Kpis() {
    }

    /** A campaign-scoped snapshot whose total spend so far is {@code spend} EUR. */
    public static KpiSnapshot spend(UUID campaignId, String spend) {
        return spend(campaignId, spend, "EUR");
    }

    public static KpiSnapshot spend(UUID campaignId, String spend, String currency) {
        Instant now = TestClock.now();
        return new KpiSnapshot(KpiScope.CAMPAIGN, campaignId, campaignId, null, UUID.randomUUID(),
                now.minus(Duration.ofDays(1)), now, 1000, 10, 1, 900, Money.of(spend, currency), null,
                new BigDecimal("0.01"), null, null, null, null, null, null);
    }

    public static KpiThresholdCrossed budgetExhausted(UUID campaignId, String spent, String budget) {
        return new KpiThresholdCrossed(KpiScope.CAMPAIGN, campaignId, campaignId, null, UUID.randomUUID(), null,
                ThresholdKind.BUDGET_EXHAUSTED, KpiKey.SPEND, new BigDecimal(spent), new BigDecimal(budget), TestClock.now());
    }
}
