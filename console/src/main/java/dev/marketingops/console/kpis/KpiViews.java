package dev.marketingops.console.kpis;

import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What metrics-service answers, as far as the console shows it. */
public final class KpiViews {

    private KpiViews() {
    }

    public record Figures(long impressions, long clicks, long conversions, Money spend, Money revenue, BigDecimal ctr,
                          BigDecimal cpa, BigDecimal roas) {

        /** CPA is spent money per conversion, in the spend's currency. */
        public Money cpaMoney() {
            return cpa == null ? null : new Money(cpa, spend == null ? "EUR" : spend.currency());
        }
    }

    public record Point(Instant start, Figures kpis) {
    }

    public record Series(String scope, UUID scopeId, String granularity, List<Point> points) {
    }

    public record Step(String stage, long activities, long impressions, long clicks, long conversions,
                       BigDecimal fromPrevious) {
    }

    public record Funnel(String scope, UUID scopeId, Instant from, Instant to, List<Step> stages) {
    }

    /** metrics-service's KPI overview: a scope's series, its funnel over the same range, and its KPI targets. */
    public record Overview(Series series, Funnel funnel, List<Target> targets) {
    }

    public record Target(UUID id, String scope, UUID scopeId, String kpiKey, String direction, BigDecimal baseline,
                         BigDecimal target, LocalDate dueDate, String source) {
    }
}
