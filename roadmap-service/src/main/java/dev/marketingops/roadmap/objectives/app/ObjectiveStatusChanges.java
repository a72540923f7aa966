package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import dev.marketingops.contracts.roadmap.ProgressCause;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.domain.Objective;
import dev.marketingops.roadmap.objectives.domain.ObjectiveProgress;
import dev.marketingops.roadmap.objectives.domain.ObjectiveReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps each objective's known status and announces, through the outbox, a reading or a day that moves it. */
// Callers hold the objective's row lock, so a change is judged against the latest known status and announced once.
@ApplicationScoped
public class ObjectiveStatusChanges {

    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    public ObjectiveStatusChanges(Outbox outbox, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /**
     * A reading of {@code after} replaced {@code before} (null: none). Without a known status (an objective older than
     * the table) the reading before this one, as of today, stands for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterReading(Objective objective, BigDecimal before, BigDecimal after, Instant readingAt) {
        LocalDate today = LocalDate.now(clock);
        ProgressStatus known = Optional.ofNullable(known(List.of(objective.id)).get(objective.id))
                .orElseGet(() -> objective.progress(before, today).status());
        settle(objective, known, objective.progress(after, today), readingAt, ProgressCause.READING, today);
    }

    /**
     * The day's turn for {@code objective}, whose known status is {@code known} (null: none yet, so its status is only
     * written down); nothing is written while the status stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDay(Objective objective, ObjectiveReading reading, ProgressStatus known, LocalDate today) {
        ObjectiveProgress now = objective.progress(reading == null ? null : reading.actual, today);
        if (known == null) {
            remember(objective, now.status());
        } else if (known != now.status()) {
            settle(objective, known, now, reading == null ? null : reading.actualAt, ProgressCause.CALENDAR, today);
        }
    }

    /** The known statuses of {@code objectiveIds}, in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, ProgressStatus> known(List<UUID> objectiveIds) {
        Map<UUID, ProgressStatus> known = new HashMap<>();
        for (Object row : em.createNativeQuery("select objective_id, status from objective_status where objective_id = any(?1)")
                .setParameter(1, objectiveIds.toArray(UUID[]::new)).getResultList()) {
            Object[] columns = (Object[]) row;
            known.put((UUID) columns[0], ProgressStatus.valueOf((String) columns[1]));
        }
        return known;
    }

    /** An edit is announced as ObjectiveChanged; the status it leaves becomes the known one, unannounced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterEdit(Objective objective) {
        em.flush(); // a new objective's row must exist before its status row refers to it
        ObjectiveReading reading = ObjectiveReading.findById(objective.id);
        remember(objective, objective.progress(reading == null ? null : reading.actual, LocalDate.now(clock)).status());
    }

    private void settle(Objective objective, ProgressStatus known, ObjectiveProgress now, Instant readingAt,
                        ProgressCause cause, LocalDate today) {
        remember(objective, now.status());
        if (known == now.status()) {
            return;
        }
        RoadmapItem item = RoadmapItem.findById(objective.itemId);
        outbox.emit(new ObjectiveProgressed(objective.id, objective.itemId, Objective.launchOfItem(objective.itemId),
                item.productId, objective.kpiKey, now.actual(), now.percent(), known, now.status(), cause, readingAt, today));
    }

    /** Writes only a change, so settling an unchanged objective costs a read and no row version. */
    private void remember(Objective objective, ProgressStatus status) {
        em.createNativeQuery("""
                insert into objective_status (objective_id, status, changed_at) values (?1, ?2, ?3)
                on conflict (objective_id) do update set status = excluded.status, changed_at = excluded.changed_at
                where objective_status.status <> excluded.status""")
                .setParameter(1, objective.id)
                .setParameter(2, status.name())
                .setParameter(3, clock.instant())
                .executeUpdate();
    }
}
