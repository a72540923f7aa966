package dev.marketingops.feedback.alerts;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.SentimentAlert;
import dev.marketingops.feedback.alerts.app.WebhookDispatcher;
import dev.marketingops.feedback.alerts.domain.WebhookSignature;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.WebhookReceiver;
import dev.marketingops.feedback.support.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alerts reach a local HTTP receiver signed, and a failing receiver gets retries with backoff, then a dead letter. */
@QuarkusTest
class AlertWebhookTest {

    private static final String NEGATIVE = "The app crashes constantly, terrible update";

    @Inject
    WebhookDispatcher dispatcher;

    /** Raises a sentiment alert about a new product and answers the product. */
    private static UUID sentimentSpike() {
        UUID product = UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            review(product, NEGATIVE, FixedClock.RECENTLY);
        }
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, SentimentAlert.class, a -> a.subjectId().equals(product));
        return product;
    }

    private static List<Received> receivedAbout(UUID product, String path) {
        return WebhookReceiver.received().stream().filter(r -> r.path().equals(path))
                .filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(product.toString())).toList();
    }

    private static JsonPath delivery(String eventId, String webhook) {
        return as("feedback-manager").get("/api/v1/alert-deliveries?eventId=" + eventId).then().statusCode(200)
                .extract().jsonPath().setRootPath("items.find { it.webhook == '" + webhook + "' }");
    }

    @Test
    void aSentimentSpikeIsDeliveredSignedWithAnIdempotencyIdAndNoPersonalData() {
        UUID product = sentimentSpike();
        Received hook = await().atMost(Duration.ofSeconds(30)).until(() -> receivedAbout(product, "/hooks/ops"),
                r -> !r.isEmpty()).get(0);

        assertThat(WebhookSignature.verify(WebhookReceiver.OPS_SECRET, hook.signature(), hook.body())).isTrue();
        assertThat(WebhookSignature.verify("some-other-secret", hook.signature(), hook.body())).isFalse();
        assertThat(hook.eventType()).isEqualTo(SentimentAlert.TYPE);
        JsonPath body = JsonPath.from(new String(hook.body(), StandardCharsets.UTF_8));
        assertThat(body.getString("id")).isEqualTo(hook.idempotencyKey());
        assertThat(body.getString("type")).isEqualTo(SentimentAlert.TYPE);
        assertThat(body.getString("data.subjectId")).isEqualTo(product.toString());
        assertThat(body.getInt("data.sampleSize")).isEqualTo(4);
        // Alerts are aggregates: no text, no customer reference or pseudonym.
        assertThat(new String(hook.body(), StandardCharsets.UTF_8)).doesNotContain("customer", "crashes");

        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(delivery(hook.idempotencyKey(), "ops").getString("status")));
        assertThat(delivery(hook.idempotencyKey(), "ops").getInt("attempts")).isEqualTo(1);
    }

    @Test
    void aFailingReceiverGetsRetriesWithExponentialBackoffThenTheDeliveryIsDeadLettered() {
        UUID product = sentimentSpike();
        String eventId = await().atMost(Duration.ofSeconds(30)).until(() -> receivedAbout(product, "/hooks/ops"),
                r -> !r.isEmpty()).get(0).idempotencyKey();
        // The poller's first attempt fails (503); the next one is due an hour later (initial backoff in tests).
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery(eventId, "down").getInt("attempts") == 1);
        JsonPath first = delivery(eventId, "down");
        assertThat(first.getString("status")).isEqualTo("PENDING");
        assertThat(first.getString("lastError")).isEqualTo("HTTP 503");
        Instant due = Instant.parse(first.getString("nextAttemptAt"));
        assertThat(due).isAfter(FixedClock.NOW.plus(Duration.ofMinutes(50)));

        // Attempts 2 and 3 at their due times: the wait doubles (2 h), then is capped (3 h in tests).
        dispatcher.deliverDue(due);
        assertThat(Instant.parse(delivery(eventId, "down").getString("nextAttemptAt"))).isEqualTo(due.plus(Duration.ofHours(2)));
        due = due.plus(Duration.ofHours(2));
        dispatcher.deliverDue(due.minusSeconds(1));
        assertThat(delivery(eventId, "down").getInt("attempts")).isEqualTo(2);
        dispatcher.deliverDue(due);
        assertThat(Instant.parse(delivery(eventId, "down").getString("nextAttemptAt"))).isEqualTo(due.plus(Duration.ofHours(3)));
        due = due.plus(Duration.ofHours(3));

        // The fourth and last attempt fails too: a dead letter, listed and never tried again.
        dispatcher.deliverDue(due);
        JsonPath dead = delivery(eventId, "down");
        assertThat(dead.getString("status")).isEqualTo("DEAD");
        assertThat(dead.getInt("attempts")).isEqualTo(4);
        assertThat(dead.getString("lastError")).isEqualTo("HTTP 503");
        List<String> deadLetters = as("admin").get("/api/v1/alert-deliveries?status=DEAD&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.eventId");
        assertThat(deadLetters).contains(eventId);
        dispatcher.deliverDue(due.plus(Duration.ofDays(30)));

        List<Received> attempts = WebhookReceiver.received().stream()
                .filter(r -> r.path().equals("/hooks/down") && eventId.equals(r.idempotencyKey())).toList();
        assertThat(attempts).hasSize(4).allSatisfy(r ->
                assertThat(WebhookSignature.verify(WebhookReceiver.DOWN_SECRET, r.signature(), r.body())).isTrue());
        assertThat(delivery(eventId, "ops").getString("status")).isEqualTo("DELIVERED");
        as("viewer").get("/api/v1/alert-deliveries").then().statusCode(403);
        as("admin").get("/api/v1/alert-deliveries?status=LOST").then().statusCode(400);
    }
}
