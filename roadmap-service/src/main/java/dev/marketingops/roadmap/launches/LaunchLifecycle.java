package dev.marketingops.roadmap.launches;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.items.domain.ItemType;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.launches.LaunchStatus.LaunchAction;
import dev.marketingops.roadmap.objectives.Objective;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Creates launches and moves them through their lifecycle, announcing each step through the outbox.
 * Callers hold the item's row lock, so the launch's events commit (and publish) in order.
 */
@ApplicationScoped
public class LaunchLifecycle {

    private final Outbox outbox;
    private final Clock clock;

    public LaunchLifecycle(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Launch create(RoadmapItem item, LaunchRequests.NewLaunch request) {
        if (item.type != ItemType.LAUNCH) {
            throw ProblemException.invalidField("itemId", "item " + item.id + " is a " + item.type + ", not a LAUNCH item");
        }
        if (Launch.ofItem(item.id) != null) {
            throw ProblemException.conflict("Item " + item.id + " already has a launch");
        }
        requireWithinItem(item, request.launchDate());
        Launch launch = new Launch();
        launch.id = UUID.randomUUID();
        launch.itemId = item.id;
        launch.name = request.name();
        launch.launchDate = request.launchDate();
        launch.tier = request.tier();
        launch.markets = new ArrayList<>(request.markets().stream().distinct().toList());
        if (request.budgetHint() != null) {
            launch.budgetHintAmount = request.budgetHint().amount();
            launch.budgetHintCurrency = request.budgetHint().currency();
        }
        launch.status = LaunchStatus.PLANNED;
        launch.persist();
        return launch;
    }

    /** Publishes LaunchScheduled with the item's channels, audience and objectives, so others can fan out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(Launch launch, RoadmapItem item) {
        launch.status = launch.status.apply(LaunchAction.SCHEDULE);
        if (item.channels.isEmpty()) {
            throw ProblemException.invalidField("channels", "item " + item.id + " needs at least one channel before its launch is scheduled");
        }
        Money budgetHint = launch.budgetHintAmount == null ? null : new Money(launch.budgetHintAmount, launch.budgetHintCurrency);
        outbox.emit(new LaunchScheduled(launch.id, item.id, item.productId, item.roadmapId, launch.name, launch.launchDate,
                launch.tier, launch.markets, item.channels, item.audienceSegments, item.ownerTeam, budgetHint,
                Objective.ofItem(item.id).stream().map(Objective::toLaunchObjective).toList()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(Launch launch, RoadmapItem item, LaunchRequests.Reschedule request) {
        launch.status = launch.status.apply(LaunchAction.RESCHEDULE);
        if (request.launchDate().equals(launch.launchDate)) {
            throw ProblemException.invalidField("launchDate", "is already the launch date");
        }
        requireWithinItem(item, request.launchDate());
        LocalDate previous = launch.launchDate;
        launch.launchDate = request.launchDate();
        outbox.emit(new LaunchRescheduled(launch.id, item.id, item.productId, previous, launch.launchDate, request.reason()));
    }

    /** Marks the launch as out in the market; no event, nothing downstream changes on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markLaunched(Launch launch) {
        launch.status = launch.status.apply(LaunchAction.LAUNCH);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Launch launch, RoadmapItem item, String reason) {
        launch.status = launch.status.apply(LaunchAction.CANCEL);
        launch.cancelReason = reason;
        outbox.emit(new LaunchCancelled(launch.id, item.id, item.productId, reason));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Launch launch, RoadmapItem item) {
        launch.status = launch.status.apply(LaunchAction.COMPLETE);
        launch.completedAt = Instant.now(clock);
        outbox.emit(new LaunchCompleted(launch.id, item.id, item.productId, launch.completedAt));
    }

    private static void requireWithinItem(RoadmapItem item, LocalDate date) {
        if (!item.covers(date)) {
            throw ProblemException.invalidField("launchDate", date + " is outside the item's dates "
                    + item.startDate + ".." + item.endDate);
        }
    }

    static RoadmapItem lockedItemOf(Launch launch) {
        return Existing.orNotFound(RoadmapItem.lockedOrNull(launch.itemId), "Roadmap item", launch.itemId);
    }
}
