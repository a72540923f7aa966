package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

import dev.marketingops.metrics.activity.app.IngestReceiptPurge;
import dev.marketingops.metrics.support.Api;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.plumbing.retention.RetentionPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key receipts are kept for the retention (24 h by default); a retry after that is counted once still. */
@QuarkusTest
class IngestReceiptPurgeTest {

    @Inject
    RetentionPurge purge;

    @Inject
    Rollups rollups;

    @Inject
    EntityManager em;

    @Test
    void receiptsOlderThanTheRetentionArePurgedAndARetryAfterwardsIsPublishedAgainButCountedOnce() {
        UUID campaign = UUID.randomUUID();
        String oldKey = "batch-" + UUID.randomUUID();
        String freshKey = "batch-" + UUID.randomUUID();
        String oldBatch = "{\"events\":[" + impressions(campaign, 5) + "," + impressions(campaign, 6) + "]}";
        String freshBatch = "{\"events\":[" + impressions(campaign, 7) + "]}";
        String firstAnswer = ingest(oldKey, oldBatch).then().statusCode(200).extract().asString();
        ingest(freshKey, freshBatch).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(18);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update ingest_receipt set created_at = now() - interval '25 hours' where idempotency_key = ?1")
                .setParameter(1, oldKey).executeUpdate());

        purge.purge(IngestReceiptPurge.RULE);

        assertThat(receiptExists(oldKey)).isFalse();
        assertThat(receiptExists(freshKey)).isTrue();
        ingest(freshKey, freshBatch).then().statusCode(200).header("Idempotent-Replayed", "true");
        // Without its receipt the retry is a new request: answered (not 422), published again under the same ids...
        Response retry = ingest(oldKey, oldBatch);
        retry.then().statusCode(200).header("Idempotent-Replayed", nullValue());
        assertThat(retry.asString()).isEqualTo(firstAnswer);
        // ...which the dedup horizon absorbs: nothing is counted twice.
        await().atMost(Duration.ofSeconds(30)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(18);
    }

    private boolean receiptExists(String key) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from ingest_receipt where idempotency_key = ?1").setParameter(1, key).getResultList().isEmpty());
    }

    private static Response ingest(String key, String body) {
        return Api.as("tool-ingest").contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/activity");
    }

    private static String impressions(UUID campaign, int count) {
        return "{\"campaignId\":\"" + campaign + "\",\"channel\":\"DISPLAY\",\"kind\":\"IMPRESSION\",\"count\":" + count
                + ",\"occurredAt\":\"2026-03-01T10:15:00Z\",\"journeyStage\":\"AWARENESS\"}";
    }
}
