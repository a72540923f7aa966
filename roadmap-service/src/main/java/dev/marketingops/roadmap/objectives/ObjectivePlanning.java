package dev.marketingops.roadmap.objectives;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Sets, changes and drops objectives, announcing each change so metrics keeps its KPI targets in step. */
@ApplicationScoped
public class ObjectivePlanning {

    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    public ObjectivePlanning(Outbox outbox, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Objective create(RoadmapItem item, ObjectiveRequest request) {
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.itemId = item.id;
        apply(objective, request);
        objective.persist();
        announce(item, objective, ObjectiveChange.CREATED);
        return objective;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void update(RoadmapItem item, Objective objective, ObjectiveRequest request) {
        apply(objective, request);
        announce(item, objective, ObjectiveChange.UPDATED);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(RoadmapItem item, Objective objective) {
        announce(item, objective, ObjectiveChange.DELETED);
        objective.delete();
    }

    private void apply(Objective objective, ObjectiveRequest request) {
        LocalDate start = request.startDate() != null ? request.startDate()
                : objective.startDate != null ? objective.startDate : LocalDate.now(clock);
        if (!request.dueDate().isAfter(start)) {
            throw ProblemException.invalidField("dueDate", "must be after the start date " + start);
        }
        int sign = request.target().compareTo(request.baseline());
        if (request.direction() == Direction.INCREASE && sign <= 0) {
            throw ProblemException.invalidField("target", "must be above the baseline for an INCREASE objective");
        }
        if (request.direction() == Direction.DECREASE && sign >= 0) {
            throw ProblemException.invalidField("target", "must be below the baseline for a DECREASE objective");
        }
        objective.kpiKey = request.kpi();
        objective.direction = request.direction();
        objective.baseline = request.baseline();
        objective.target = request.target();
        objective.startDate = start;
        objective.dueDate = request.dueDate();
    }

    private void announce(RoadmapItem item, Objective o, ObjectiveChange change) {
        outbox.emit(new ObjectiveChanged(o.id, item.id, launchOf(item.id), item.productId, o.kpiKey, o.direction,
                o.baseline, o.target, o.dueDate, change));
    }

    /** The item's launch id, read natively so objectives do not depend on the launches package. */
    private UUID launchOf(UUID itemId) {
        List<?> ids = em.createNativeQuery("select id from launch where item_id = ?1").setParameter(1, itemId).getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }
}
