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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The day's turn: settles the objectives the calendar can still move, so their status changes are announced too. */
// Safe on many replicas: each batch locks its objectives with "for update skip locked", and a change is announced
// against the known status, once.
@ApplicationScoped
public class ObjectiveCalendar {

    private static final Logger LOG = Logger.getLogger(ObjectiveCalendar.class);
    /** Objectives after ?1 whose status the day can still move: ACHIEVED and MISSED move only with a reading or an edit. */
    private static final String OPEN = """
            select o.id from objective o
            where o.id > ?1 and not exists (select 1 from objective_status s
                                            where s.objective_id = o.id and s.status in ('ACHIEVED', 'MISSED'))""";

    private final ObjectiveStatusChanges statusChanges;
    private final EntityManager em;
    private final Clock clock;
    private final int batchSize;
    private volatile boolean stopping;

    public ObjectiveCalendar(ObjectiveStatusChanges statusChanges, EntityManager em, Clock clock, CalendarSettings settings) {
        this.statusChanges = statusChanges;
        this.em = em;
        this.clock = clock;
        this.batchSize = settings.batchSize();
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
        while (!stopping) {
            UUID from = after;
            List<UUID> batch;
            try {
                batch = QuarkusTransaction.requiringNew().call(() -> settleBatch(from, today, batchSize));
            } catch (RuntimeException e) {
                // One objective that cannot be settled must not hold back every one after it, hour after hour.
                LOG.warnf(e, "Settling objectives after %s failed; settling them one by one", from);
                batch = settleOneByOne(from, today);
            }
            total += batch.size();
            if (batch.size() < batchSize) {
                return total;
            }
            after = batch.get(batch.size() - 1);
        }
        return total;
    }

    private List<UUID> settleOneByOne(UUID after, LocalDate today) {
        List<UUID> ids = new ArrayList<>();
        UUID from = after;
        while (ids.size() < batchSize) {
            UUID current = from;
            try {
                List<UUID> one = QuarkusTransaction.requiringNew().call(() -> settleBatch(current, today, 1));
                if (one.isEmpty()) {
                    return ids;
                }
                from = one.get(0);
            } catch (RuntimeException e) {
                from = QuarkusTransaction.requiringNew().call(() -> next(current));
                if (from == null) {
                    return ids;
                }
                LOG.errorf(e, "Objective %s not settled for %s; the next pass tries again", from, today);
            }
            ids.add(from);
        }
        return ids;
    }

    /** The open objective after {@code after}, unlocked: the one a failing settle was about. */
    private UUID next(UUID after) {
        List<?> ids = em.createNativeQuery(OPEN + " order by o.id limit 1", UUID.class).setParameter(1, after)
                .getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    private List<UUID> settleBatch(UUID after, LocalDate today, int limit) {
        // Locked rows are another's turn: a reading settles them itself, or another replica's calendar does.
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(OPEN + " order by o.id limit ?2 for update of o skip locked", UUID.class)
                .setParameter(1, after).setParameter(2, limit).getResultList();
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
