package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.domain.Objective;
import dev.marketingops.roadmap.objectives.domain.ObjectiveReading;
import dev.marketingops.roadmap.objectives.domain.TrackedObjective;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of objectives with their progress as of today: one, an item's, or those of many items in one query. */
@ApplicationScoped
public class ObjectiveQueries {

    private final EntityManager em;
    private final Clock clock;

    public ObjectiveQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public TrackedObjective get(UUID itemId, UUID objectiveId) {
        Objective objective = find(itemId, objectiveId);
        return new TrackedObjective(objective, ObjectiveReading.findById(objective.id), LocalDate.now(clock));
    }

    /**
     * An item's objectives by due date. An unknown item is a 404 before the filter is read (then an unknown
     * {@code kpiKey} is a 400 naming it); a blank filter is left out.
     */
    public List<TrackedObjective> ofItem(UUID itemId, String kpiKey) {
        Existing.orNotFound(RoadmapItem.findById(itemId), "Roadmap item", itemId);
        Filter filter = new Filter().eq("itemId", itemId).eq("kpiKey", kpi(kpiKey));
        List<Objective> objectives = Objective.list(filter.query(), Sort.by("dueDate").and("id"), filter.params());
        Map<UUID, ObjectiveReading> readings = ObjectiveReading.of(objectives.stream().map(o -> o.id).toList());
        LocalDate today = LocalDate.now(clock);
        return objectives.stream().map(o -> new TrackedObjective(o, readings.get(o.id), today)).toList();
    }

    /** By item, then due date; one query joining each objective with its latest reading, however many items. */
    public List<TrackedObjective> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        select o, r from Objective o left join ObjectiveReading r on r.objectiveId = o.id
                        where o.itemId in :items order by o.itemId, o.dueDate, o.id""", Object[].class)
                .setParameter("items", itemIds)
                .getResultStream()
                .map(row -> new TrackedObjective((Objective) row[0], (ObjectiveReading) row[1], today))
                .toList();
    }

    /** The objective, when it is one of the item's; else 404. */
    static Objective find(UUID itemId, UUID objectiveId) {
        return checked(itemId, objectiveId, Objective.findById(objectiveId));
    }

    /** As {@link #find}, row-locked: an edit then waits for a reading or the calendar judging the same objective. */
    static Objective findLocked(UUID itemId, UUID objectiveId) {
        return checked(itemId, objectiveId, Objective.findById(objectiveId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Objective checked(UUID itemId, UUID objectiveId, Objective objective) {
        if (objective == null || !objective.itemId.equals(itemId)) {
            throw ProblemException.notFound("Objective", objectiveId);
        }
        return objective;
    }

    private static KpiKey kpi(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return KpiKey.fromWireName(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kpiKey", "unknown KPI key " + value);
        }
    }
}
