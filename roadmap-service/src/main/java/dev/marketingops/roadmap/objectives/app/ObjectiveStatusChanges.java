package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.roadmap.ObjectiveProgressed;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.domain.Objective;
import dev.marketingops.roadmap.objectives.domain.ObjectiveProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Announces, through the outbox in the reading's transaction, a KPI reading that moves an objective to another status. */
@ApplicationScoped
public class ObjectiveStatusChanges {

    private final Outbox outbox;
    private final Clock clock;

    public ObjectiveStatusChanges(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Both statuses are taken as of today, so only the reading decides whether one is announced; a status that moves
     * with the calendar alone (AT_RISK overnight, MISSED after the due date) shows when the objective is read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterReading(Objective objective, BigDecimal before, BigDecimal after, Instant readingAt) {
        LocalDate today = LocalDate.now(clock);
        ProgressStatus was = objective.progress(before, today).status();
        ObjectiveProgress now = objective.progress(after, today);
        if (was == now.status()) {
            return;
        }
        RoadmapItem item = RoadmapItem.findById(objective.itemId);
        outbox.emit(new ObjectiveProgressed(objective.id, objective.itemId, Objective.launchOfItem(objective.itemId),
                item.productId, objective.kpiKey, after, now.percent(), was, now.status(), readingAt));
    }
}
