package dev.marketingops.metrics.targets.domain;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.metrics.campaigns.domain.CampaignFacts;
import java.math.BigDecimal;

/** The lines a campaign's budget and a KPI target draw: the rules of which crossing is which kind. */
public final class ThresholdLines {

    private ThresholdLines() {
    }

    /** True when the campaign's budget is watched: it is open and has a positive budget. */
    public static boolean budgetWatched(CampaignFacts c) {
        return c.budgetAmount() != null && c.budgetAmount().signum() > 0
                && !"COMPLETED".equals(c.status()) && !"CANCELLED".equals(c.status());
    }

    public static ThresholdLine budgetWarning(CampaignFacts c, BigDecimal warningShare) {
        return new ThresholdLine(ThresholdKind.BUDGET_WARNING, "budget", KpiKey.SPEND,
                c.budgetAmount().multiply(warningShare), true, true, null);
    }

    public static ThresholdLine budgetExhausted(CampaignFacts c) {
        return new ThresholdLine(ThresholdKind.BUDGET_EXHAUSTED, "budget", KpiKey.SPEND, c.budgetAmount(), true, true, null);
    }

    /** CPA going DECREASE is a limit (crossed when above it); anything else is reached at or past its target. */
    public static ThresholdLine of(KpiTarget t) {
        boolean cpaLimit = t.kpiKey() == KpiKey.CPA && t.direction() == Direction.DECREASE;
        return cpaLimit
                ? new ThresholdLine(ThresholdKind.CPA_ABOVE_LIMIT, t.id().toString(), t.kpiKey(), t.target(), true, false, null)
                : new ThresholdLine(ThresholdKind.TARGET_REACHED, t.id().toString(), t.kpiKey(), t.target(),
                        t.direction() == Direction.INCREASE, true, t.objectiveId());
    }
}
