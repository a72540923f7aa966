package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.metrics.activity.domain.ReachSketches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the rollups of a scope: totals over a range, hour or day series, the funnel by stage, and reach. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KpiRollups {

    /** Series granularity. */
    public enum Granularity {
        HOUR("hour"),
        DAY("day");

        private final String sqlUnit;

        Granularity(String sqlUnit) {
            this.sqlUnit = sqlUnit;
        }
    }

    /** Rollups before this are not expected: an open range starts here. */
    public static final Instant ALL_TIME_FROM = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant ALL_TIME_TO = Instant.parse("2200-01-01T00:00:00Z");

    private final EntityManager em;

    public KpiRollups(EntityManager em) {
        this.em = em;
    }

    public ActivityTotals totals(KpiScopeRef scope, Instant from, Instant to) {
        return series(scope, from, to, null).getOrDefault(Instant.EPOCH, ActivityTotals.empty());
    }

    /** Totals per hour or day bucket start; with a null granularity, one total under {@link Instant#EPOCH}. */
    @SuppressWarnings("unchecked")
    public Map<Instant, ActivityTotals> series(KpiScopeRef scope, Instant from, Instant to, Granularity granularity) {
        String bucket = granularity == null ? "to_timestamp(0)" : "date_trunc('" + granularity.sqlUnit + "', bucket_start, 'UTC')";
        Map<Instant, ActivityTotals> series = new TreeMap<>();
        List<Object[]> counts = em.createNativeQuery("select " + bucket + " as b, sum(impressions), sum(clicks), "
                        + "sum(conversions), sum(signups), sum(engagements), sum(activities) from activity_rollup where "
                        + scope.campaignCondition(1) + " and bucket_start >= ?2 and bucket_start < ?3 group by b")
                .setParameter(1, scope.id()).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : counts) {
            series.put(instant(r[0]), ActivityTotals.empty().withCounts(lng(r[1]), lng(r[2]), lng(r[3]), lng(r[4]),
                    lng(r[5]), lng(r[6])));
        }
        List<Object[]> money = em.createNativeQuery("select " + bucket + " as b, kind, currency, sum(amount) "
                        + "from money_rollup where " + scope.campaignCondition(1)
                        + " and bucket_start >= ?2 and bucket_start < ?3 group by b, kind, currency")
                .setParameter(1, scope.id()).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : money) {
            series.computeIfAbsent(instant(r[0]), k -> ActivityTotals.empty())
                    .withMoney((String) r[1], String.valueOf(r[2]), (BigDecimal) r[3]);
        }
        return series;
    }

    /** Start of the scope's first counted hour before {@code before}; empty when nothing was counted before it. */
    public Optional<Instant> firstHour(KpiScopeRef scope, Instant before) {
        Object first = em.createNativeQuery("select min(bucket_start) from activity_rollup where "
                        + scope.campaignCondition(1) + " and bucket_start < ?2")
                .setParameter(1, scope.id()).setParameter(2, before).getSingleResult();
        return Optional.ofNullable(first).map(KpiRollups::instant);
    }

    /** Activities (all kinds, by count) per journey stage, in funnel order, with the counted kinds. */
    @SuppressWarnings("unchecked")
    public Map<JourneyStage, ActivityTotals> byStage(KpiScopeRef scope, Instant from, Instant to) {
        Map<JourneyStage, ActivityTotals> stages = new EnumMap<>(JourneyStage.class);
        for (JourneyStage stage : JourneyStage.values()) {
            stages.put(stage, ActivityTotals.empty());
        }
        List<Object[]> rows = em.createNativeQuery("select journey_stage, sum(impressions), sum(clicks), sum(conversions), "
                        + "sum(signups), sum(engagements), sum(activities) from activity_rollup where "
                        + scope.campaignCondition(1) + " and bucket_start >= ?2 and bucket_start < ?3 group by journey_stage")
                .setParameter(1, scope.id()).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : rows) {
            stages.put(JourneyStage.valueOf((String) r[0]), ActivityTotals.empty().withCounts(lng(r[1]), lng(r[2]),
                    lng(r[3]), lng(r[4]), lng(r[5]), lng(r[6])));
        }
        return stages;
    }

    /** Estimated distinct customers over the days the range touches (reach is kept per day, not per hour). */
    @SuppressWarnings("unchecked")
    public long reach(KpiScopeRef scope, Instant from, Instant to) {
        LocalDate firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate lastDay = LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC);
        List<byte[]> sketches = em.createNativeQuery("select sketch from reach_sketch where " + scope.campaignCondition(1)
                        + " and bucket_day between ?2 and ?3")
                .setParameter(1, scope.id()).setParameter(2, firstDay).setParameter(3, lastDay).getResultList();
        return ReachSketches.estimate(sketches);
    }

    static long lng(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        return o instanceof java.sql.Timestamp ts ? ts.toInstant() : ((java.time.OffsetDateTime) o).toInstant();
    }
}
