package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.Insights.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.privacy.app.EarlyCompletionPurge;
import dev.marketingops.feedback.privacy.app.ErasureProgress;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.plumbing.retention.RetentionPurge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** privacy.erasure.completed marks a service's part of a request DONE, once, also when it arrives before the request. */
@QuarkusTest
class ErasureCompletionTest {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final String CONSUMER = "feedback-service.erasure-completed";

    @Inject
    StoredFeedback stored;
    @Inject
    ErasureProgress progress;
    @Inject
    MeterRegistry registry;
    @Inject
    RetentionPurge purge;

    @Test
    void aCompletionMarksTheServiceDoneAndTheRequestCompletedAndARedeliveryChangesNothing() {
        UUID requestId = requestErasure();
        Instant done = FixedClock.NOW.plusSeconds(30);
        String eventId = UUID.randomUUID().toString();

        complete(requestId, "metrics", done, eventId);

        JsonPath completed = await().atMost(Duration.ofSeconds(30))
                .until(() -> status(requestId), json -> "COMPLETED".equals(json.getString("status")));
        assertThat(completed.getList("services.status")).containsExactly("DONE", "DONE");
        assertThat(completed.getString("services[1].completedAt")).isEqualTo(done.toString());
        assertThat(completed.getString("completedAt")).isEqualTo(done.toString());

        // The same event again (its id already recorded): skipped as a duplicate, even with another time in it.
        double duplicates = consumed("duplicate");
        complete(requestId, "metrics", done.plusSeconds(60), eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed("duplicate") == duplicates + 1);
        // Another completion of the same service (a replayed dead letter): the first completion time stays.
        String later = UUID.randomUUID().toString();
        complete(requestId, "metrics", done.plusSeconds(120), later);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas(CONSUMER, later));

        JsonPath after = status(requestId);
        assertThat(after.getString("status")).isEqualTo("COMPLETED");
        assertThat(after.getString("services[1].completedAt")).isEqualTo(done.toString());
        assertThat(stored.erasureServiceRows(requestId)).isEqualTo(2);
    }

    @Test
    void aCompletionThatOvertakesItsRequestIsKeptAndAppliedWhenTheRequestArrives() {
        UUID requestId = UUID.randomUUID();
        Instant done = FixedClock.NOW.minusSeconds(30);
        String eventId = UUID.randomUUID().toString();

        // metrics erased and announced it before feedback read the request (two topics, two consumers).
        complete(requestId, "metrics", done, eventId);

        // Recorded in the inbox, so applied (kept for the request) and never retried or parked; nothing to show yet.
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas(CONSUMER, eventId));
        assertThat(stored.earlyCompletions(requestId)).isEqualTo(1);
        assertThat(stored.erasureServiceRows(requestId)).isZero();
        assertThat(kafka().readMatching(Topics.dlq(Topics.PRIVACY_ERASURE_COMPLETED),
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")))).isEmpty();
        as("privacy-officer").get("/api/v1/erasure-requests/" + requestId).then().statusCode(404);
        progress.recount();
        double pending = gauge("marketingops.feedback.erasure.requests.pending");
        double overdue = gauge("marketingops.feedback.erasure.requests.overdue");

        // The request (another tool's, asked 25 h ago) arrives: COMPLETED at once, neither pending nor overdue.
        CustomerErasureRequested request = new CustomerErasureRequested(requestId, "overtaken-" + UUID.randomUUID(),
                FixedClock.NOW.minus(Duration.ofHours(25)), "crm-privacy-tool");
        kafka().publish(CODEC.toProducerRecord(request));

        JsonPath completed = await().atMost(Duration.ofSeconds(30))
                .until(() -> as("privacy-officer").get("/api/v1/erasure-requests/" + requestId).then().extract(),
                        answer -> answer.statusCode() == 200).jsonPath();
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getList("services.status")).containsExactly("DONE", "DONE");
        assertThat(completed.getString("services[1].completedAt")).isEqualTo(done.toString());
        assertThat(stored.earlyCompletions(requestId)).isZero();
        progress.recount();
        assertThat(gauge("marketingops.feedback.erasure.requests.pending")).isEqualTo(pending);
        assertThat(gauge("marketingops.feedback.erasure.requests.overdue")).isEqualTo(overdue);
    }

    @Test
    void aKeptCompletionWhoseRequestNeverComesIsPurgedAfterItsRetention() {
        UUID requestId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        complete(requestId, "metrics", FixedClock.NOW, eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas(CONSUMER, eventId));

        purge.purge(EarlyCompletionPurge.RULE);
        assertThat(stored.earlyCompletions(requestId)).isEqualTo(1);

        // Default retention 30 days.
        stored.ageEarlyCompletions(requestId, Duration.ofDays(31));
        purge.purge(EarlyCompletionPurge.RULE);
        assertThat(stored.earlyCompletions(requestId)).isZero();
    }

    @Test
    void aRequestStillPendingAfterTheOverdueTimeIsCountedUntilItsServiceIsDone() {
        progress.recount();
        double pending = gauge("marketingops.feedback.erasure.requests.pending");
        double overdue = gauge("marketingops.feedback.erasure.requests.overdue");
        UUID requestId = requestErasure();
        stored.ageErasureRequest(requestId, Duration.ofHours(25));

        progress.recount();
        assertThat(gauge("marketingops.feedback.erasure.requests.pending")).isEqualTo(pending + 1);
        assertThat(gauge("marketingops.feedback.erasure.requests.overdue")).isEqualTo(overdue + 1);

        complete(requestId, "metrics", FixedClock.NOW, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "COMPLETED".equals(status(requestId).getString("status")));
        progress.recount();
        assertThat(gauge("marketingops.feedback.erasure.requests.pending")).isEqualTo(pending);
        assertThat(gauge("marketingops.feedback.erasure.requests.overdue")).isEqualTo(overdue);
    }

    private static UUID requestErasure() {
        String requestId = as("privacy-officer").contentType(ContentType.JSON)
                .body(Map.of("customerRef", "completion-" + UUID.randomUUID())).post("/api/v1/erasure-requests")
                .then().statusCode(202).extract().path("requestId");
        return UUID.fromString(requestId);
    }

    private static JsonPath status(UUID requestId) {
        return as("privacy-officer").get("/api/v1/erasure-requests/" + requestId).then().statusCode(200).extract().jsonPath();
    }

    /** Publishes a CustomerErasureCompleted as metrics-service's outbox would, with this CloudEvent id. */
    private static void complete(UUID requestId, String service, Instant at, String eventId) {
        CustomerErasureCompleted completed = new CustomerErasureCompleted(requestId, service, at);
        kafka().publish(CODEC.toProducerRecord(CODEC.toCloudEvent(completed, URI.create("/marketing-ops/metrics-service"),
                eventId, OffsetDateTime.now(ZoneOffset.UTC)), completed.partitionKey()));
    }

    private double consumed(String outcome) {
        return registry.counter("marketingops.events.consumed", "consumer", CONSUMER, "outcome", outcome).count();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
