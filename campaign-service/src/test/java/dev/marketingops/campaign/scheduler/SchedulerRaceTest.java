package dev.marketingops.campaign.scheduler;

import dev.marketingops.campaign.scheduler.app.CampaignClock;
import dev.marketingops.campaign.support.TestClock;
import static dev.marketingops.campaign.support.CampaignApi.body;
import static dev.marketingops.campaign.support.CampaignApi.create;
import static dev.marketingops.campaign.support.CampaignApi.status;
import static dev.marketingops.campaign.support.CampaignApi.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two scheduler instances (as on two replicas) tick at the same moment over the same due campaigns: every campaign
 * is activated once and completed once, with one history entry and one event each.
 */
@QuarkusTest
class SchedulerRaceTest {

    private static final int CAMPAIGNS = 20;

    @Inject
    CampaignClock clock;
    @Inject
    EntityManager em;

    @Test
    void racingInstancesStepEachDueCampaignExactlyOnce() throws Exception {
        // Due an hour from now, so only the racing ticks below (told it is that time) can step them.
        Instant start = TestClock.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofHours(1));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < CAMPAIGNS; i++) {
            UUID id = create(body(start, end));
            step(id, "schedule").statusCode(200);
            ids.add(id);
        }

        int[] activations = race(start.plusSeconds(1));
        assertThat(activations[0] + activations[1]).isGreaterThanOrEqualTo(CAMPAIGNS);
        for (UUID id : ids) {
            assertThat(status(id)).isEqualTo("ACTIVE");
            assertThat(historyEntries(id, "ACTIVATE")).as("activations of %s", id).isEqualTo(1);
            assertThat(outboxEvents(id, "CampaignActivated")).isEqualTo(1);
        }

        race(end.plusSeconds(1));
        for (UUID id : ids) {
            assertThat(status(id)).isEqualTo("COMPLETED");
            assertThat(historyEntries(id, "COMPLETE")).as("completions of %s", id).isEqualTo(1);
            assertThat(outboxEvents(id, "CampaignCompleted")).isEqualTo(1);
        }
    }

    /** Two threads released together by a barrier, each a scheduler instance ticking at {@code now}. */
    private int[] race(Instant now) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> ticks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ticks.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return clock.tick(now);
                }, pool));
            }
            return new int[] {ticks.get(0).get(60, TimeUnit.SECONDS), ticks.get(1).get(60, TimeUnit.SECONDS)};
        } finally {
            pool.shutdownNow();
        }
    }

    private long historyEntries(UUID id, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from campaign_transition where campaign_id = ?1 and action = ?2")
                .setParameter(1, id).setParameter(2, action).getSingleResult()).longValue());
    }

    private long outboxEvents(UUID id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where subject = ?1 and event_type = ?2")
                .setParameter(1, id.toString()).setParameter(2, "dev.marketingops.campaign." + type + ".v1")
                .getSingleResult()).longValue());
    }
}
