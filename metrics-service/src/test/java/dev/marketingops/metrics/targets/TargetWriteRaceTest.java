package dev.marketingops.metrics.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.CampaignEvents;
import dev.marketingops.metrics.support.Owners;
import dev.marketingops.metrics.targets.domain.KpiTargets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An If-Match PUT of an analyst target holds against a concurrent write: the version it was judged against is still
 * the stored one when it writes, so a reschedule's due-date shift or another PUT is never overwritten silently.
 */
@QuarkusTest
class TargetWriteRaceTest {

    @Inject
    KpiTargets targets;

    @Inject
    EntityManager em;

    /** One thread per party: the lock holder and the writers all block at once. */
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aPutWhoseVersionARescheduleMovesMeanwhileIs412AndTheShiftedDueDateStays() throws Exception {
        UUID campaign = knownCampaign();
        String path = "/api/v1/targets/campaign/" + campaign + "/conversions";
        String etag = put(path, null, "{\"direction\":\"INCREASE\",\"target\":100,\"dueDate\":\"2026-06-01\"}")
                .then().statusCode(200).extract().header("ETag");

        // LaunchRescheduled's shift runs and holds its transaction open while the PUT comes in.
        CountDownLatch shifted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> reschedule = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            targets.shiftDueDates(KpiScope.CAMPAIGN, campaign, 7);
            shifted.countDown();
            awaitQuietly(commit);
        }), threads);
        assertThat(shifted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Response> stale = CompletableFuture.supplyAsync(() ->
                put(path, etag, "{\"direction\":\"INCREASE\",\"target\":200,\"dueDate\":\"2026-06-01\"}"), threads);
        awaitWritersWaiting(1);
        commit.countDown();
        reschedule.get(30, TimeUnit.SECONDS);

        assertThat(stale.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(412);
        Api.viewer().get("/api/v1/targets/campaign/" + campaign).then().statusCode(200)
                .body("[0].dueDate", org.hamcrest.Matchers.equalTo("2026-06-08"))
                .body("[0].target", org.hamcrest.Matchers.comparesEqualTo(new BigDecimal("100")));
    }

    @Test
    void ofTwoPutsWithTheSameIfMatchOneWinsAndTheOtherIs412() throws Exception {
        UUID campaign = knownCampaign();
        String path = "/api/v1/targets/campaign/" + campaign + "/clicks";
        String etag = put(path, null, "{\"direction\":\"INCREASE\",\"target\":10}").then().statusCode(200)
                .extract().header("ETag");

        // The row is held so both PUTs are in flight with the same If-Match before either can write.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select 1 from kpi_target where scope = 'CAMPAIGN' and scope_id = ?1 for update")
                    .setParameter(1, campaign).getResultList();
            held.countDown();
            awaitQuietly(release);
        }), threads);
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() ->
                put(path, etag, "{\"direction\":\"INCREASE\",\"target\":20}"), threads);
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() ->
                put(path, etag, "{\"direction\":\"INCREASE\",\"target\":30}"), threads);
        awaitWritersWaiting(2);
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        List<Integer> statuses = List.of(first.get(30, TimeUnit.SECONDS).statusCode(),
                second.get(30, TimeUnit.SECONDS).statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    }

    /** Waits until {@code count} sessions wait for a lock on kpi_target: the PUTs are in flight, stuck behind the holder. */
    private void awaitWritersWaiting(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("""
                        select count(*) from pg_stat_activity where datname = current_database()
                        and wait_event_type = 'Lock' and query like '%kpi_target%'""")
                .getSingleResult()).intValue()) >= count);
    }

    private static Response put(String path, String ifMatch, String body) {
        var request = Api.as("analyst").contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(path);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static UUID knownCampaign() {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.created(campaign, null, UUID.randomUUID(), Money.of("1000", "EUR"));
        Owners.await(KpiScope.CAMPAIGN, campaign, Api.TEAM);
        return campaign;
    }
}
