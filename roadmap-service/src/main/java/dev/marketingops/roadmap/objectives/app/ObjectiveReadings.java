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
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records KPI readings on the objectives they measure: a launch's figures on its item's objectives, a product's on the
 * objectives of its non-launch items, a roadmap item's NPS on that item's.
 */
@ApplicationScoped
public class ObjectiveReadings {

    private final EntityManager em;

    public ObjectiveReadings(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(KpiSnapshot snapshot) {
        for (Objective objective : objectivesFor(snapshot.scope(), snapshot.scopeId())) {
            BigDecimal value = KpiReading.of(snapshot, objective.kpiKey);
            if (value != null) {
                record(objective.id, value, snapshot.windowEnd());
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void thresholdCrossed(KpiThresholdCrossed crossed) {
        if (crossed.objectiveId() == null) {
            return;
        }
        Objective objective = Objective.findById(crossed.objectiveId());
        if (objective != null && objective.kpiKey == crossed.kpiKey()) {
            record(objective.id, crossed.value(), crossed.occurredAt());
        }
    }

    /** NPS and CSAT objectives are fed by feedback's aggregates rather than by metrics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nps(NpsUpdated update) {
        List<Objective> objectives = switch (update.subjectType()) {
            case LAUNCH -> objectivesFor(KpiScope.LAUNCH, update.subjectId());
            case PRODUCT -> objectivesFor(KpiScope.PRODUCT, update.subjectId());
            case ROADMAP_ITEM -> Objective.ofItem(update.subjectId());
            case CAMPAIGN -> List.<Objective>of();
        };
        for (Objective objective : objectives) {
            record(objective, KpiKey.NPS, update.nps(), update.asOf());
            record(objective, KpiKey.CSAT, update.csatAverage(), update.asOf());
        }
    }

    private void record(Objective objective, KpiKey key, BigDecimal value, Instant at) {
        if (objective.kpiKey == key && value != null) {
            record(objective.id, value, at);
        }
    }

    /**
     * Keeps the newest reading: an older one arriving late (readings are keyed per scope, not per objective) is ignored.
     * A single upsert, so concurrent consumers never lose a newer value and the objective's version stays untouched.
     */
    private void record(UUID objectiveId, BigDecimal value, Instant at) {
        em.createNativeQuery("""
                insert into objective_reading (objective_id, actual, actual_at) values (?1, ?2, ?3)
                on conflict (objective_id) do update set actual = excluded.actual, actual_at = excluded.actual_at
                where objective_reading.actual_at <= excluded.actual_at""")
                .setParameter(1, objectiveId)
                .setParameter(2, value)
                .setParameter(3, at)
                .executeUpdate();
    }

    private static List<Objective> objectivesFor(KpiScope scope, UUID id) {
        if (scope == KpiScope.LAUNCH) {
            return Objective.list("itemId in (select l.itemId from Launch l where l.id = ?1)", id);
        }
        if (scope == KpiScope.PRODUCT) {
            return Objective.list("itemId in (select i.id from RoadmapItem i where i.productId = ?1 and i.type <> ?2)",
                    id, ItemType.LAUNCH);
        }
        // Campaign figures are parts of a launch's; the launch snapshot carries the total.
        return List.of();
    }
}
