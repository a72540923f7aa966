package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import dev.marketingops.contracts.metrics.KpiThresholdCrossed;
import dev.marketingops.roadmap.items.domain.ItemType;
import dev.marketingops.roadmap.objectives.domain.KpiReading;
import dev.marketingops.roadmap.objectives.domain.Objective;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records KPI readings on the objectives they measure, and has a reading that moves a status announced. */
// A launch's figures go to its item's objectives, a product's to the objectives of its non-launch items, a roadmap
// item's NPS to that item's.
@ApplicationScoped
public class ObjectiveReadings {

    private final EntityManager em;
    private final ObjectiveStatusChanges statusChanges;

    public ObjectiveReadings(EntityManager em, ObjectiveStatusChanges statusChanges) {
        this.em = em;
        this.statusChanges = statusChanges;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(KpiSnapshot snapshot) {
        for (Objective objective : objectivesFor(snapshot.scope(), snapshot.scopeId())) {
            BigDecimal value = KpiReading.of(snapshot, objective.kpiKey);
            if (value != null) {
                record(objective, value, snapshot.windowEnd());
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void thresholdCrossed(KpiThresholdCrossed crossed) {
        if (crossed.objectiveId() == null) {
            return;
        }
        Objective objective = Objective.findById(crossed.objectiveId(), LockModeType.PESSIMISTIC_WRITE);
        if (objective != null && objective.kpiKey == crossed.kpiKey()) {
            record(objective, crossed.value(), crossed.occurredAt());
        }
    }

    /** NPS and CSAT objectives are fed by feedback's aggregates rather than by metrics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nps(NpsUpdated update) {
        List<Objective> objectives = switch (update.subjectType()) {
            case LAUNCH -> objectivesFor(KpiScope.LAUNCH, update.subjectId());
            case PRODUCT -> objectivesFor(KpiScope.PRODUCT, update.subjectId());
            case ROADMAP_ITEM -> locked("itemId = ?1", update.subjectId());
            case CAMPAIGN -> List.<Objective>of();
        };
        for (Objective objective : objectives) {
            record(objective, KpiKey.NPS, update.nps(), update.asOf());
            record(objective, KpiKey.CSAT, update.csatAverage(), update.asOf());
        }
    }

    private void record(Objective objective, KpiKey key, BigDecimal value, Instant at) {
        if (objective.kpiKey == key && value != null) {
            record(objective, value, at);
        }
    }

    /**
     * Keeps the newest reading: an older one arriving late (readings are keyed per scope, not per objective) is ignored.
     * The caller holds the objective's row lock, so the reading before this one is still the latest when the status
     * change is judged; the objective's version stays untouched, as a reading is not an edit.
     */
    private void record(Objective objective, BigDecimal value, Instant at) {
        List<Object[]> previous = em.createQuery(
                        "select r.actual, r.actualAt from ObjectiveReading r where r.objectiveId = ?1", Object[].class)
                .setParameter(1, objective.id).getResultList();
        Object[] before = previous.isEmpty() ? null : previous.get(0);
        if (before != null && ((Instant) before[1]).isAfter(at)) {
            return;
        }
        em.createNativeQuery("""
                insert into objective_reading (objective_id, actual, actual_at) values (?1, ?2, ?3)
                on conflict (objective_id) do update set actual = excluded.actual, actual_at = excluded.actual_at""")
                .setParameter(1, objective.id)
                .setParameter(2, value)
                .setParameter(3, at)
                .executeUpdate();
        statusChanges.afterReading(objective, before == null ? null : (BigDecimal) before[0], value, at);
    }

    private static List<Objective> objectivesFor(KpiScope scope, UUID id) {
        if (scope == KpiScope.LAUNCH) {
            return locked("itemId in (select l.itemId from Launch l where l.id = ?1)", id);
        }
        if (scope == KpiScope.PRODUCT) {
            return locked("itemId in (select i.id from RoadmapItem i where i.productId = ?1 and i.type <> ?2)",
                    id, ItemType.LAUNCH);
        }
        // Campaign figures are parts of a launch's; the launch snapshot carries the total.
        return List.of();
    }

    /** Row-locked in id order, so two consumers reading overlapping objectives never deadlock. */
    private static List<Objective> locked(String where, Object... parameters) {
        return Objective.<Objective>find(where + " order by id", parameters).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
