package dev.marketingops.roadmap.objectives;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The objectives of many items at once, with their progress as of today, read in one query. */
@ApplicationScoped
public class ItemObjectives {

    private final EntityManager em;
    private final Clock clock;

    public ItemObjectives(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** By item, then due date; one query joining each objective with its latest reading, however many items. */
    public List<ObjectiveView> of(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        select o, r from Objective o left join ObjectiveReading r on r.objectiveId = o.id
                        where o.itemId in :items order by o.itemId, o.dueDate, o.id""", Object[].class)
                .setParameter("items", itemIds)
                .getResultStream()
                .map(row -> ObjectiveView.of((Objective) row[0], (ObjectiveReading) row[1], today))
                .toList();
    }
}
