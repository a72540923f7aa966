package dev.marketingops.metrics.kpis.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.plumbing.problem.ProblemException;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts, money and derived KPIs of one scope and range. A ratio whose denominator is zero (or whose money was never
 * reported) is null, never 0 and never an error. Ratios have 6 decimals, money per unit 4; rounding is half-even.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiFigures(long impressions, long clicks, long conversions, long signups, long engagements,
                         @Schema(nullable = true, description = "null when no spend was reported") Money spend,
                         @Schema(nullable = true, description = "null when no revenue was reported") Money revenue,
                         @Schema(nullable = true) BigDecimal ctr, @Schema(nullable = true) BigDecimal cpc,
                         @Schema(nullable = true) BigDecimal cpm, @Schema(nullable = true) BigDecimal conversionRate,
                         @Schema(nullable = true) BigDecimal cpa, @Schema(nullable = true) BigDecimal roas,
                         @Schema(nullable = true) BigDecimal roi) {

    private static final int RATIO_SCALE = 6;
    private static final int MONEY_SCALE = 4;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /**
     * Derives the KPIs. Spend and revenue must share one currency: amounts in different currencies are never added
     * or divided, so such a scope answers 422 naming the currencies.
     */
    public static KpiFigures of(ActivityTotals t) {
        Money spend = single("spend", t.money().get("SPEND"));
        Money revenue = single("revenue", t.money().get("REVENUE"));
        if (spend != null && revenue != null && !spend.currency().equals(revenue.currency())) {
            throw ProblemException.invalidField("currency", "spend is in " + spend.currency() + " but revenue in "
                    + revenue.currency() + "; KPIs never mix currencies");
        }
        BigDecimal spent = spend == null ? null : spend.amount();
        BigDecimal earned = revenue == null ? BigDecimal.ZERO : revenue.amount();
        return new KpiFigures(t.impressions(), t.clicks(), t.conversions(), t.signups(), t.engagements(), spend, revenue,
                ratio(BigDecimal.valueOf(t.clicks()), t.impressions(), RATIO_SCALE),
                ratio(spent, t.clicks(), MONEY_SCALE),
                ratio(spent == null ? null : spent.multiply(THOUSAND), t.impressions(), MONEY_SCALE),
                ratio(BigDecimal.valueOf(t.conversions()), t.clicks(), RATIO_SCALE),
                ratio(spent, t.conversions(), MONEY_SCALE),
                spent == null ? null : divide(earned, spent, RATIO_SCALE),
                spent == null ? null : divide(earned.subtract(spent), spent, RATIO_SCALE));
    }

    /**
     * These figures with CPA and ROAS under an attribution model: spend / credited conversions, and credited revenue
     * in the spend's currency / spend (revenue in other currencies is never converted). Everything else is unchanged.
     */
    public KpiFigures underAttribution(BigDecimal creditedConversions, Map<String, BigDecimal> creditedRevenue) {
        BigDecimal spent = spend == null ? null : spend.amount();
        BigDecimal earned = spend == null ? null : creditedRevenue.getOrDefault(spend.currency(), BigDecimal.ZERO);
        return new KpiFigures(impressions, clicks, conversions, signups, engagements, spend, revenue, ctr, cpc, cpm,
                conversionRate, spent == null ? null : divide(spent, creditedConversions, MONEY_SCALE),
                spent == null ? null : divide(earned, spent, RATIO_SCALE), roi);
    }

    private static Money single(String what, Map<String, BigDecimal> byCurrency) {
        if (byCurrency == null || byCurrency.isEmpty()) {
            return null;
        }
        if (byCurrency.size() > 1) {
            throw ProblemException.invalidField("currency", what + " was reported in " + new TreeSet<>(byCurrency.keySet())
                    + "; KPIs never mix currencies");
        }
        Map.Entry<String, BigDecimal> only = byCurrency.entrySet().iterator().next();
        return new Money(only.getValue().stripTrailingZeros().setScale(Math.max(2, only.getValue().stripTrailingZeros().scale()),
                RoundingMode.UNNECESSARY), only.getKey());
    }

    private static BigDecimal ratio(BigDecimal numerator, long denominator, int scale) {
        return numerator == null ? null : divide(numerator, BigDecimal.valueOf(denominator), scale);
    }

    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, int scale) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
    }
}
