package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.metrics.feedback.domain.NpsScores;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Optional;

/** The current all-time value of one KPI of a scope, as targets are measured; empty when undefined. */
@ApplicationScoped
public class KpiValues {

    private final KpiRollups rollups;
    private final NpsScores nps;

    public KpiValues(KpiRollups rollups, NpsScores nps) {
        this.rollups = rollups;
        this.nps = nps;
    }

    /** All-time figures of the scope; throws a 422 ProblemException when its money is in mixed currencies. */
    public KpiFigures figures(KpiScopeRef scope) {
        return KpiFigures.of(rollups.totals(scope, KpiRollups.ALL_TIME_FROM, KpiRollups.ALL_TIME_TO));
    }

    public long reach(KpiScopeRef scope) {
        return rollups.reach(scope, KpiRollups.ALL_TIME_FROM, KpiRollups.ALL_TIME_TO);
    }

    public Optional<BigDecimal> value(KpiScopeRef scope, KpiKey key) {
        if (key == KpiKey.NPS || key == KpiKey.CSAT) {
            return nps.latest(SubjectType.valueOf(scope.scope().name()), scope.id())
                    .map(s -> key == KpiKey.NPS ? s.nps() : s.csatAverage());
        }
        if (key == KpiKey.REACH) {
            return Optional.of(BigDecimal.valueOf(reach(scope)));
        }
        return Optional.ofNullable(valueOf(figures(scope), key));
    }

    /** The value of a KPI read from the figures; null when undefined or not a figure (NPS, CSAT, reach). */
    public static BigDecimal valueOf(KpiFigures f, KpiKey key) {
        return switch (key) {
            case IMPRESSIONS -> BigDecimal.valueOf(f.impressions());
            case CLICKS -> BigDecimal.valueOf(f.clicks());
            case CONVERSIONS -> BigDecimal.valueOf(f.conversions());
            case REVENUE -> amount(f.revenue());
            case SPEND -> amount(f.spend());
            case CTR -> f.ctr();
            case CPC -> f.cpc();
            case CPM -> f.cpm();
            case CONVERSION_RATE -> f.conversionRate();
            case CPA -> f.cpa();
            case ROAS -> f.roas();
            case ROI -> f.roi();
            default -> null;
        };
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
