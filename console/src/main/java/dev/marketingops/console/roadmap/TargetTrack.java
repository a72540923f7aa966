package dev.marketingops.console.roadmap;

import dev.marketingops.console.kpis.KpiViews.Figures;
import dev.marketingops.console.kpis.KpiViews.Point;
import dev.marketingops.console.kpis.KpiViews.Series;
import dev.marketingops.console.kpis.KpiViews.Target;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One KPI target of a launch against the KPI's value to date, day by day: what the launch page plots. The value is
 * rebuilt from the daily counts and money (running sums, then the KPI's ratio), because targets are met by totals,
 * not by one day's figure. KPIs the daily series cannot give (reach, NPS, CSAT) have no points.
 */
public record TargetTrack(Target target, List<Day> days) {

    /** The KPI's value to date at the end of one day. */
    public record Day(Instant start, BigDecimal toDate) {
    }

    public static List<TargetTrack> of(List<Target> targets, Series series) {
        List<Point> points = series == null ? List.of() : series.points();
        List<TargetTrack> tracks = new ArrayList<>(targets.size());
        for (Target t : targets) {
            List<Day> days = new ArrayList<>(points.size());
            Sums sums = new Sums();
            for (Point p : points) {
                sums.add(p.kpis());
                BigDecimal value = sums.value(t.kpiKey());
                if (value != null) {
                    days.add(new Day(p.start(), value));
                }
            }
            tracks.add(new TargetTrack(t, days));
        }
        return tracks;
    }

    /** Where the KPI stands now (its last day to date), or null without days. */
    public BigDecimal latest() {
        return days.isEmpty() ? null : days.get(days.size() - 1).toDate();
    }

    /** Running totals of the daily figures a KPI is made of. */
    private static final class Sums {
        private long impressions;
        private long clicks;
        private long conversions;
        private BigDecimal spend = BigDecimal.ZERO;
        private BigDecimal revenue = BigDecimal.ZERO;

        void add(Figures f) {
            impressions += f.impressions();
            clicks += f.clicks();
            conversions += f.conversions();
            spend = spend.add(amount(f.spend()));
            revenue = revenue.add(amount(f.revenue()));
        }

        /** The KPI (by its wire name) from the sums so far; null when the series cannot give it. */
        BigDecimal value(String kpiKey) {
            return switch (kpiKey) {
                case "impressions" -> BigDecimal.valueOf(impressions);
                case "clicks" -> BigDecimal.valueOf(clicks);
                case "conversions" -> BigDecimal.valueOf(conversions);
                case "spend" -> spend;
                case "revenue" -> revenue;
                case "ctr" -> ratio(BigDecimal.valueOf(clicks), impressions);
                case "cpc" -> ratio(spend, clicks);
                case "cpm" -> impressions == 0 ? BigDecimal.ZERO : ratio(spend.movePointRight(3), impressions);
                case "conversion_rate" -> ratio(BigDecimal.valueOf(conversions), clicks);
                case "cpa" -> ratio(spend, conversions);
                case "roas" -> spend.signum() == 0 ? BigDecimal.ZERO : revenue.divide(spend, MathContext.DECIMAL64);
                case "roi" -> spend.signum() == 0 ? BigDecimal.ZERO : revenue.subtract(spend).divide(spend, MathContext.DECIMAL64);
                default -> null;
            };
        }

        private static BigDecimal ratio(BigDecimal numerator, long denominator) {
            return denominator == 0 ? BigDecimal.ZERO : numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        }

        private static BigDecimal amount(Money money) {
            return money == null || money.amount() == null ? BigDecimal.ZERO : money.amount();
        }
    }
}
