package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.roadmap.ProgressStatus;
import dev.marketingops.roadmap.objectives.domain.Objective;
import dev.marketingops.roadmap.objectives.domain.ObjectiveReading;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The day's turn: settles every objective the calendar can still move (ON_TRACK and AT_RISK fall behind the pace or
 * past the due date), so those changes are announced too. Safe on many replicas: each batch locks its objectives with
 * {@code for update skip locked}, and a change is announced against the known status, once.
 */
@ApplicationScoped
public class ObjectiveCalendar {

    static final int BATCH = 500;

    private final ObjectiveStatusChanges statusChanges;
    private final EntityManager em;
    private final Clock clock;
    private volatile boolean stopping;

    public ObjectiveCalendar(ObjectiveStatusChanges statusChanges, EntityManager em, Clock clock) {
        this.statusChanges = statusChanges;
        this.em = em;
        this.clock = clock;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Hourly, so a replica down at midnight still announces the day's changes within the hour. */
    @Scheduled(every = "${marketingops.roadmap.objectives.calendar.every}", delayed = "${marketingops.roadmap.objectives.calendar.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        if (!stopping) {
            settle(LocalDate.now(clock));
        }
    }

    /** Settles the open objectives as of {@code today}, in batches; answers how many this caller looked at. */
    public int settle(LocalDate today) {
        int total = 0;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: the nil uuid comes first
        while (true) {
            UUID from = after;
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> settleBatch(from, today));
            total += batch.size();
            if (batch.size() < BATCH) {
                return total;
            }
            after = batch.get(batch.size() - 1);
        }
    }

    private List<UUID> settleBatch(UUID after, LocalDate today) {
        // ACHIEVED and MISSED do not move with the day (only a reading moves them); locked rows are another's turn.
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select o.id from objective o
                where o.id > ?1 and not exists (select 1 from objective_status s
                                                where s.objective_id = o.id and s.status in ('ACHIEVED', 'MISSED'))
                order by o.id limit ?2
                for update of o skip locked""", UUID.class)
                .setParameter(1, after).setParameter(2, BATCH).getResultList();
        if (ids.isEmpty()) {
            return ids;
        }
        Map<UUID, ObjectiveReading> readings = ObjectiveReading.of(ids);
        Map<UUID, ProgressStatus> known = statusChanges.known(ids);
        for (Objective objective : Objective.<Objective>list("id in ?1", ids)) {
            statusChanges.onDay(objective, readings.get(objective.id), known.get(objective.id), today);
        }
        return ids;
    }
}
