package dev.marketingops.roadmap.objectives.app;

import dev.marketingops.contracts.roadmap.ObjectiveChange;
import dev.marketingops.contracts.roadmap.ObjectiveChanged;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.domain.Objective;
import dev.marketingops.roadmap.objectives.domain.ObjectiveReading;
import dev.marketingops.roadmap.objectives.domain.TrackedObjective;
import dev.marketingops.roadmap.objectives.rest.ObjectiveRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Sets, changes and drops objectives for the item's owner team, announcing each change so metrics keeps its KPI
 * targets in step. Each change holds the item's row lock, so the item's events commit in order.
 */
@ApplicationScoped
public class ObjectiveCommands {

    private final Caller caller;
    private final Outbox outbox;
    private final ObjectiveStatusChanges statusChanges;
    private final Clock clock;

    public ObjectiveCommands(Caller caller, Outbox outbox, ObjectiveStatusChanges statusChanges, Clock clock) {
        this.caller = caller;
        this.outbox = outbox;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    @Transactional
    public TrackedObjective create(UUID itemId, ObjectiveRequest request) {
        RoadmapItem item = lockedOwnedItem(itemId);
        Objective objective = new Objective();
        objective.id = UUID.randomUUID();
        objective.itemId = item.id;
        apply(objective, request);
        objective.persist();
        announce(item, objective, ObjectiveChange.CREATED);
        statusChanges.afterEdit(objective);
        return tracked(objective);
    }

    /** Against the version the client saw; flushed, so the answer carries the new version. */
    @Transactional
    public TrackedObjective update(UUID itemId, UUID objectiveId, String ifMatch, ObjectiveRequest request) {
        RoadmapItem item = lockedOwnedItem(itemId);
        // Locked even when the edit changes nothing, so the status it writes down is judged after any reading's.
        Objective objective = ObjectiveQueries.findLocked(itemId, objectiveId);
        ETags.requireCurrent(ifMatch, objective.version);
        apply(objective, request);
        announce(item, objective, ObjectiveChange.UPDATED);
        Objective.flush();
        statusChanges.afterEdit(objective);
        return tracked(objective);
    }

    /** Announced with the objective's last values. */
    @Transactional
    public void delete(UUID itemId, UUID objectiveId, String ifMatch) {
        RoadmapItem item = lockedOwnedItem(itemId);
        Objective objective = ObjectiveQueries.find(itemId, objectiveId);
        ETags.requireCurrent(ifMatch, objective.version);
        announce(item, objective, ObjectiveChange.DELETED);
        objective.delete();
    }

    private RoadmapItem lockedOwnedItem(UUID itemId) {
        RoadmapItem item = Existing.orNotFound(RoadmapItem.lockedOrNull(itemId), "Roadmap item", itemId);
        caller.requireOwnerTeam(item.ownerTeam);
        return item;
    }

    private void apply(Objective objective, ObjectiveRequest request) {
        LocalDate start = request.startDate() != null ? request.startDate()
                : objective.startDate != null ? objective.startDate : LocalDate.now(clock);
        if (!request.dueDate().isAfter(start)) {
            throw ProblemException.invalidField("dueDate", "must be after the start date " + start);
        }
        // The KPI's natural range, as metrics' targets have it (an nps objective of 1000 can never be reached).
        if (!request.kpi().holds(request.baseline())) {
            throw ProblemException.invalidField("baseline", request.kpi().rangeRule());
        }
        if (!request.kpi().holds(request.target())) {
            throw ProblemException.invalidField("target", request.kpi().rangeRule());
        }
        if (!request.direction().isPast(request.target(), request.baseline())) {
            throw ProblemException.invalidField("target", request.direction().pastRule() + " objective");
        }
        objective.kpiKey = request.kpi();
        objective.direction = request.direction();
        objective.baseline = request.baseline();
        objective.target = request.target();
        objective.startDate = start;
        objective.dueDate = request.dueDate();
    }

    private void announce(RoadmapItem item, Objective o, ObjectiveChange change) {
        outbox.emit(new ObjectiveChanged(o.id, item.id, Objective.launchOfItem(item.id), item.productId, o.kpiKey, o.direction,
                o.baseline, o.target, o.dueDate, change));
    }

    private TrackedObjective tracked(Objective objective) {
        return new TrackedObjective(objective, ObjectiveReading.findById(objective.id), LocalDate.now(clock));
    }
}
