package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.Insights.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.DecodedEvent;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A request another tool publishes on privacy.erasure is tracked as one made here; ours coming back changes nothing. */
@QuarkusTest
class ErasureRequestedElsewhereTest {

    private static final EventCodec CODEC = EventCodec.standard();
    private static final String REQUESTS = "feedback-service.erasure";

    @Inject
    StoredFeedback stored;
    @Inject
    CustomerPseudonyms pseudonyms;

    @Test
    void aRequestAnotherToolPublishedHasAStatusUntilEveryServiceIsDone() {
        String customer = "crm-" + UUID.randomUUID();
        submit(body("NPS", UUID.randomUUID(), customer));
        submit(body("REVIEW", UUID.randomUUID(), customer));
        UUID requestId = UUID.randomUUID();
        CustomerErasureRequested request = new CustomerErasureRequested(requestId, customer, FixedClock.RECENTLY, "crm-privacy-tool");

        publish(request, "/marketing-ops/crm", UUID.randomUUID().toString());

        JsonPath recorded = await().atMost(Duration.ofSeconds(30)).until(() -> find(requestId), r -> r.statusCode() == 200)
                .jsonPath();
        assertThat(recorded.getString("status")).isEqualTo("PENDING");
        assertThat(recorded.getString("requestedAt")).isEqualTo(FixedClock.RECENTLY.toString());
        assertThat(recorded.getString("requestedBy")).isEqualTo("crm-privacy-tool");
        assertThat(recorded.getLong("erasedFeedback")).isEqualTo(2);
        assertThat(recorded.getString("completedAt")).isNull();
        assertThat(recorded.getList("services.service")).containsExactly("feedback", "metrics");
        assertThat(recorded.getList("services.status")).containsExactly("DONE", "PENDING");
        // Feedback's part was done when its consumer read the request.
        assertThat(recorded.getString("services[0].completedAt")).isEqualTo(FixedClock.NOW.toString());
        assertThat(stored.ofCustomer(customer)).isZero();
        // As for a request made here: the customer's pseudonym only, never the reference.
        assertThat(stored.erasureRequestRow(requestId)).doesNotContain(customer).contains(pseudonyms.current(customer).hash());

        // The same request published again (another event id) erases nothing more and leaves the record as it was.
        String again = UUID.randomUUID().toString();
        publish(request, "/marketing-ops/crm", again);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas(REQUESTS, again));
        JsonPath unchanged = find(requestId).then().statusCode(200).extract().jsonPath();
        assertThat(unchanged.getLong("erasedFeedback")).isEqualTo(2);
        assertThat(unchanged.getList("services.status")).containsExactly("DONE", "PENDING");
        assertThat(stored.erasureServiceRows(requestId)).isEqualTo(2);

        // metrics' completion, no longer dropped, completes it.
        Instant done = FixedClock.NOW.plusSeconds(30);
        publish(new CustomerErasureCompleted(requestId, "metrics", done), "/marketing-ops/metrics-service",
                UUID.randomUUID().toString());
        JsonPath completed = await().atMost(Duration.ofSeconds(30))
                .until(() -> find(requestId).jsonPath(), json -> "COMPLETED".equals(json.getString("status")));
        assertThat(completed.getString("completedAt")).isEqualTo(done.toString());
        assertThat(completed.getList("services.status")).containsExactly("DONE", "DONE");
    }

    @Test
    void ourOwnRequestComingBackLeavesItsRecordAsItIs() {
        String customer = "own-" + UUID.randomUUID();
        submit(body("NPS", UUID.randomUUID(), customer));
        JsonPath made = as("privacy-officer").contentType(ContentType.JSON).body(Map.of("customerRef", customer))
                .post("/api/v1/erasure-requests").then().statusCode(202).extract().jsonPath();
        UUID requestId = UUID.fromString(made.getString("requestId"));

        // Feedback's own consumer reads the request back from privacy.erasure (and erases 0 this time).
        DecodedEvent own = await().atMost(Duration.ofSeconds(30)).until(() -> kafka().readAll(Topics.PRIVACY_ERASURE).stream()
                .map(Insights::decode)
                .filter(e -> e.payload() instanceof CustomerErasureRequested r && r.requestId().equals(requestId))
                .findFirst(), Optional::isPresent).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas(REQUESTS, own.id()));

        JsonPath after = find(requestId).then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("erasedFeedback")).isEqualTo(1);
        assertThat(after.getString("requestedBy")).isEqualTo(made.getString("requestedBy"));
        assertThat(after.getList("services.status")).containsExactly("DONE", "PENDING");
        assertThat(after.getString("services[0].completedAt")).isEqualTo(made.getString("services[0].completedAt"));

        // Completed, then replayed (say from a dead-letter topic): it stays COMPLETED with its own figures.
        publish(new CustomerErasureCompleted(requestId, "metrics", FixedClock.NOW), "/marketing-ops/metrics-service",
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(find(requestId).jsonPath().getString("status")));
        String replay = UUID.randomUUID().toString();
        publish(own.payload(), "/marketing-ops/feedback-service", replay);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas(REQUESTS, replay));
        JsonPath replayed = find(requestId).then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getString("status")).isEqualTo("COMPLETED");
        assertThat(replayed.getLong("erasedFeedback")).isEqualTo(1);
        assertThat(stored.erasureServiceRows(requestId)).isEqualTo(2);
    }

    private static Response find(UUID requestId) {
        return as("privacy-officer").get("/api/v1/erasure-requests/" + requestId);
    }

    /** Publishes the payload on its topic as a producer at {@code source} would, with this CloudEvent id. */
    private static void publish(EventPayload payload, String source, String eventId) {
        kafka().publish(CODEC.toProducerRecord(CODEC.toCloudEvent(payload, URI.create(source), eventId,
                OffsetDateTime.now(ZoneOffset.UTC)), payload.partitionKey()));
    }
}
