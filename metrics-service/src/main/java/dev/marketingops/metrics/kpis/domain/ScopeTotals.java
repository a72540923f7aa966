package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.activity.domain.ReachSketches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The rollups of many campaigns, launches or products at once: totals over a range, first counted hours and reach, each
 * in one statement however many scopes, for the jobs that follow changes. Scopes without activity are absent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScopeTotals {

    private final EntityManager em;

    public ScopeTotals(EntityManager em) {
        this.em = em;
    }

    /** Totals per scope over [from, to). */
    @SuppressWarnings("unchecked")
    public Map<UUID, ActivityTotals> totals(KpiScope kind, Collection<UUID> ids, Instant from, Instant to) {
        Map<UUID, ActivityTotals> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        String key = key(kind);
        List<Object[]> counts = query("select " + key + ", sum(r.impressions), sum(r.clicks), sum(r.conversions), "
                + "sum(r.signups), sum(r.engagements), sum(r.activities) from activity_rollup" + join(kind) + "where " + key
                + " = any(?1) and r.bucket_start >= ?2 and r.bucket_start < ?3 group by " + key, ids, from, to);
        for (Object[] r : counts) {
            totals.put((UUID) r[0], ActivityTotals.empty().withCounts(KpiRollups.lng(r[1]), KpiRollups.lng(r[2]),
                    KpiRollups.lng(r[3]), KpiRollups.lng(r[4]), KpiRollups.lng(r[5]), KpiRollups.lng(r[6])));
        }
        List<Object[]> money = query("select " + key + ", r.kind, r.currency, sum(r.amount) from money_rollup" + join(kind)
                + "where " + key + " = any(?1) and r.bucket_start >= ?2 and r.bucket_start < ?3 group by " + key
                + ", r.kind, r.currency", ids, from, to);
        for (Object[] r : money) {
            totals.computeIfAbsent((UUID) r[0], k -> ActivityTotals.empty())
                    .withMoney((String) r[1], String.valueOf(r[2]), (BigDecimal) r[3]);
        }
        return totals;
    }

    /** Start of each scope's first counted hour before {@code before}. */
    public Map<UUID, Instant> firstHours(KpiScope kind, Collection<UUID> ids, Instant before) {
        Map<UUID, Instant> first = new HashMap<>();
        if (!ids.isEmpty()) {
            String key = key(kind);
            for (Object[] r : query("select " + key + ", min(r.bucket_start) from activity_rollup" + join(kind) + "where "
                    + key + " = any(?1) and r.bucket_start >= ?2 and r.bucket_start < ?3 group by " + key,
                    ids, KpiRollups.ALL_TIME_FROM, before)) {
                first.put((UUID) r[0], KpiRollups.instant(r[1]));
            }
        }
        return first;
    }

    /** Estimated distinct customers per scope over the UTC days [from, to) touches. */
    public Map<UUID, Long> reach(KpiScope kind, Collection<UUID> ids, Instant from, Instant to) {
        Map<UUID, List<byte[]>> sketches = new HashMap<>();
        if (!ids.isEmpty()) {
            String key = key(kind);
            for (Object[] r : query("select " + key + ", r.sketch from reach_sketch" + join(kind) + "where " + key
                    + " = any(?1) and r.bucket_day between ?2 and ?3", ids,
                    LocalDate.ofInstant(from, ZoneOffset.UTC), LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC))) {
                sketches.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((byte[]) r[1]);
            }
        }
        Map<UUID, Long> reach = new HashMap<>();
        sketches.forEach((id, days) -> reach.put(id, ReachSketches.estimate(days)));
        return reach;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, Collection<UUID> ids, Object from, Object to) {
        return (List<Object[]>) em.createNativeQuery(sql).unwrap(NativeQuery.class)
                .setParameter(1, ids.toArray(UUID[]::new), UUID[].class)
                .setParameter(2, from).setParameter(3, to).getResultList();
    }

    private static String key(KpiScope kind) {
        return switch (kind) {
            case CAMPAIGN -> "r.campaign_id";
            case LAUNCH -> "c.launch_id";
            case PRODUCT -> "c.product_id";
        };
    }

    /** The rollup table's alias, joined to the campaign directory when the scope is above campaigns. */
    private static String join(KpiScope kind) {
        return kind == KpiScope.CAMPAIGN ? " r " : " r join campaign c on c.campaign_id = r.campaign_id ";
    }
}
