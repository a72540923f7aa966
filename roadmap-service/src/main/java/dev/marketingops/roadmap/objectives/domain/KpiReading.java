package dev.marketingops.roadmap.objectives.domain;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import java.math.BigDecimal;

/** Reads one KPI's value out of a snapshot; null when the snapshot does not carry it. */
public final class KpiReading {

    private KpiReading() {
    }

    public static BigDecimal of(KpiSnapshot s, KpiKey key) {
        return switch (key) {
            case IMPRESSIONS -> BigDecimal.valueOf(s.impressions());
            case CLICKS -> BigDecimal.valueOf(s.clicks());
            case CONVERSIONS -> BigDecimal.valueOf(s.conversions());
            case REACH -> BigDecimal.valueOf(s.reach());
            case REVENUE -> amount(s.revenue());
            case SPEND -> amount(s.spend());
            case CTR -> s.ctr();
            case CPC -> s.cpc();
            case CPM -> s.cpm();
            case CONVERSION_RATE -> s.conversionRate();
            case CPA -> s.cpa();
            case ROAS -> s.roas();
            case ROI -> s.roi();
            // Satisfaction scores come from feedback, not from activity rollups.
            case NPS, CSAT -> null;
        };
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
