package dev.marketingops.roadmap.launches.app;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.roadmap.LaunchCancelled;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchRescheduled;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.rest.ETags;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.security.Caller;
import dev.marketingops.roadmap.items.domain.ItemType;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.launches.domain.Launch;
import dev.marketingops.roadmap.launches.domain.LaunchStatus;
import dev.marketingops.roadmap.launches.domain.LaunchStatus.LaunchAction;
import dev.marketingops.roadmap.launches.domain.LaunchWithCampaigns;
import dev.marketingops.roadmap.launches.rest.LaunchRequests;
import dev.marketingops.roadmap.objectives.domain.Objective;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Creates launches and moves them through their lifecycle for the item's owner team, announcing each step through the
 * outbox. Every step holds the item's row lock, so the launch's events commit (and publish) in order.
 */
@ApplicationScoped
public class LaunchCommands {

    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public LaunchCommands(Caller caller, Outbox outbox, Clock clock) {
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts PLANNED; one launch per LAUNCH item, dated within the item's dates. */
    @Transactional
    public LaunchWithCampaigns create(LaunchRequests.NewLaunch request) {
        RoadmapItem item = Existing.orInvalid(RoadmapItem.lockedOrNull(request.itemId()), "itemId", "Roadmap item", request.itemId());
        caller.requireOwnerTeam(item.ownerTeam);
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
        return new LaunchWithCampaigns(launch, List.of());
    }

    /** Publishes LaunchScheduled with the item's channels, audience and objectives, so others can fan out. */
    @Transactional
    public LaunchWithCampaigns schedule(UUID id, String ifMatch) {
        return step(id, ifMatch, (launch, item) -> {
            launch.status = launch.status.apply(LaunchAction.SCHEDULE);
            if (item.channels.isEmpty()) {
                throw ProblemException.invalidField("channels", "item " + item.id + " needs at least one channel before its launch is scheduled");
            }
            Money budgetHint = launch.budgetHintAmount == null ? null : new Money(launch.budgetHintAmount, launch.budgetHintCurrency);
            outbox.emit(new LaunchScheduled(launch.id, item.id, item.productId, item.roadmapId, launch.name, launch.launchDate,
                    launch.tier, launch.markets, item.channels, item.audienceSegments, item.ownerTeam, budgetHint,
                    Objective.ofItem(item.id).stream().map(Objective::toLaunchObjective).toList()));
        });
    }

    @Transactional
    public LaunchWithCampaigns reschedule(UUID id, String ifMatch, LaunchRequests.Reschedule request) {
        return step(id, ifMatch, (launch, item) -> {
            launch.status = launch.status.apply(LaunchAction.RESCHEDULE);
            if (request.launchDate().equals(launch.launchDate)) {
                throw ProblemException.invalidField("launchDate", "is already the launch date");
            }
            requireWithinItem(item, request.launchDate());
            requireNotPast(request.launchDate());
            LocalDate previous = launch.launchDate;
            launch.launchDate = request.launchDate();
            outbox.emit(new LaunchRescheduled(launch.id, item.id, item.productId, previous, launch.launchDate, request.reason()));
        });
    }

    /** Marks the launch as out in the market; no event, nothing downstream changes on it. */
    @Transactional
    public LaunchWithCampaigns markLaunched(UUID id, String ifMatch) {
        return step(id, ifMatch, (launch, item) -> launch.status = launch.status.apply(LaunchAction.LAUNCH));
    }

    @Transactional
    public LaunchWithCampaigns cancel(UUID id, String ifMatch, String reason) {
        return step(id, ifMatch, (launch, item) -> {
            launch.status = launch.status.apply(LaunchAction.CANCEL);
            launch.cancelReason = reason;
            outbox.emit(new LaunchCancelled(launch.id, item.id, item.productId, reason));
        });
    }

    @Transactional
    public LaunchWithCampaigns complete(UUID id, String ifMatch) {
        return step(id, ifMatch, (launch, item) -> {
            launch.status = launch.status.apply(LaunchAction.COMPLETE);
            launch.completedAt = Instant.now(clock);
            outbox.emit(new LaunchCompleted(launch.id, item.id, item.productId, launch.completedAt));
        });
    }

    /** One lifecycle step under the item's row lock, for its owner team, against the version the client saw. */
    private LaunchWithCampaigns step(UUID id, String ifMatch, BiConsumer<Launch, RoadmapItem> action) {
        Launch launch = Existing.orNotFound(Launch.<Launch>findById(id), "Launch", id);
        RoadmapItem item = Existing.orNotFound(RoadmapItem.lockedOrNull(launch.itemId), "Roadmap item", launch.itemId);
        // Re-read under the lock: a step that committed while we waited has moved the launch on.
        Launch.getEntityManager().refresh(launch);
        caller.requireOwnerTeam(item.ownerTeam);
        ETags.requireCurrent(ifMatch, launch.version);
        action.accept(launch, item);
        Launch.flush();
        return LaunchWithCampaigns.of(launch);
    }

    /** A scheduled launch moved into the past would start its campaigns at once: a typo in the year, not a plan. */
    private void requireNotPast(LocalDate date) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (date.isBefore(today)) {
            throw ProblemException.invalidField("launchDate", date + " is in the past (today is " + today + " UTC)");
        }
    }

    private static void requireWithinItem(RoadmapItem item, LocalDate date) {
        if (!item.covers(date)) {
            throw ProblemException.invalidField("launchDate", date + " is outside the item's dates "
                    + item.startDate + ".." + item.endDate);
        }
    }
}
