package dev.marketingops.campaign.scheduler.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.campaign.campaigns.domain.CampaignLifecycle;
import dev.marketingops.campaign.scheduler.domain.DueCampaigns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Starts SCHEDULED campaigns at their start and completes running ones at their end. Safe on many replicas: each
 * batch locks its rows with {@code for update skip locked}, so a due campaign is stepped by exactly one of them.
 */
@ApplicationScoped
public class CampaignClock {

    static final String ACTOR = "system:scheduler";

    private final DueCampaigns due;
    private final CampaignLifecycle lifecycle;
    private final SchedulerSettings settings;
    private final Clock clock;
    private volatile boolean stopping;

    public CampaignClock(DueCampaigns due, CampaignLifecycle lifecycle, SchedulerSettings settings, Clock clock) {
        this.due = due;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clock = clock;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${marketingops.campaign.scheduler.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        // A tick racing shutdown would only fail on a closed database pool; the next replica (or start) picks it up.
        if (!stopping) {
            tick(clock.instant());
        }
    }

    /** Steps everything due at {@code now}; answers how many campaigns this caller stepped. */
    public int tick(Instant now) {
        // An idle tick (nearly every one) costs one read instead of two locking transactions every second.
        if (!QuarkusTransaction.requiringNew().call(() -> due.anyDue(now))) {
            return 0;
        }
        // Start first, so a campaign whose whole window has passed is activated and then completed in one tick.
        return drain(due::toStart, CampaignAction.ACTIVATE, now, "start time reached")
                + drain(due::toEnd, CampaignAction.COMPLETE, now, "end time reached");
    }

    private int drain(BiFunction<Instant, Integer, List<UUID>> dueAt, CampaignAction action, Instant now, String reason) {
        int batchSize = settings.batchSize();
        int total = 0;
        int stepped;
        do {
            stepped = QuarkusTransaction.requiringNew().call(() -> stepBatch(dueAt.apply(now, batchSize), action, reason));
            total += stepped;
        } while (stepped == batchSize);
        return total;
    }

    private int stepBatch(List<UUID> dueIds, CampaignAction action, String reason) {
        for (UUID id : dueIds) {
            lifecycle.step(Campaign.findById(id), action, ACTOR, reason, true);
        }
        return dueIds.size();
    }
}
