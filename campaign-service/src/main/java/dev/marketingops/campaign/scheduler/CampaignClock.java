package dev.marketingops.campaign.scheduler;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.campaign.campaigns.domain.CampaignLifecycle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts SCHEDULED campaigns at their start and completes running ones at their end. Safe on many replicas: each
 * batch locks its rows with {@code for update skip locked}, so a due campaign is stepped by exactly one of them.
 */
@ApplicationScoped
public class CampaignClock {

    static final String ACTOR = "system:scheduler";

    private static final String DUE_TO_START = """
            select id from campaign where status = 'SCHEDULED' and starts_at <= ?1
            order by starts_at limit ?2 for update skip locked""";
    private static final String DUE_TO_END = """
            select id from campaign where status in ('ACTIVE', 'PAUSED') and ends_at <= ?1
            order by ends_at limit ?2 for update skip locked""";

    private final EntityManager em;
    private final CampaignLifecycle lifecycle;
    private final int batchSize;

    public CampaignClock(EntityManager em, CampaignLifecycle lifecycle,
                         @ConfigProperty(name = "campaign.scheduler.batch-size") int batchSize) {
        this.em = em;
        this.lifecycle = lifecycle;
        this.batchSize = batchSize;
    }

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${campaign.scheduler.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        // A tick racing shutdown would only fail on a closed database pool; the next replica (or start) picks it up.
        if (!stopping) {
            tick(Instant.now());
        }
    }

    /** Steps everything due at {@code now}; answers how many campaigns this caller stepped. */
    public int tick(Instant now) {
        // Start first, so a campaign whose whole window has passed is activated and then completed in one tick.
        return drain(DUE_TO_START, CampaignAction.ACTIVATE, now, "start time reached")
                + drain(DUE_TO_END, CampaignAction.COMPLETE, now, "end time reached");
    }

    private int drain(String dueQuery, CampaignAction action, Instant now, String reason) {
        int total = 0;
        int stepped;
        do {
            stepped = QuarkusTransaction.requiringNew().call(() -> stepBatch(dueQuery, action, now, reason));
            total += stepped;
        } while (stepped == batchSize);
        return total;
    }

    private int stepBatch(String dueQuery, CampaignAction action, Instant now, String reason) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery(dueQuery, UUID.class)
                .setParameter(1, now).setParameter(2, batchSize).getResultList();
        for (UUID id : due) {
            lifecycle.step(em.find(Campaign.class, id), action, ACTOR, reason, true);
        }
        return due.size();
    }
}
