package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.ingest;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.Insights.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Erasing a customer leaves no row of theirs, says how many went, and asks every other service to follow. */
@QuarkusTest
class ErasureTest {

    @Inject
    StoredFeedback stored;

    private static void feedbackFrom(String customer, UUID item) {
        submit(body("NPS", UUID.randomUUID(), customer));
        submit(body("REVIEW", UUID.randomUUID(), customer));
        Map<String, Object> request = body("FEATURE_REQUEST", UUID.randomUUID(), customer);
        ((Map<String, Object>) request.get("subject")).put("roadmapItemId", item.toString());
        submit(request);
    }

    @Test
    void deletingACustomerErasesAllTheirFeedbackAndPublishesTheRequest() {
        String customer = "crm-" + UUID.randomUUID();
        String bystander = "crm-" + UUID.randomUUID();
        UUID item = UUID.randomUUID();
        feedbackFrom(customer, item);
        feedbackFrom(bystander, item);
        assertThat(stored.ofCustomer(customer)).isEqualTo(4); // 3 feedback rows + 1 vote

        String requestId = as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200)
                .body("erasedFeedback", equalTo(3)).extract().path("requestId");

        assertThat(stored.ofCustomer(customer)).isZero();
        assertThat(stored.ofCustomer(bystander)).isEqualTo(4);
        CustomerErasureRequested event = Insights.awaitEvent(Topics.PRIVACY_ERASURE, CustomerErasureRequested.class,
                e -> e.requestId().toString().equals(requestId));
        assertThat(event.customerRef()).isEqualTo(customer);
        assertThat(event.requestedBy()).isNotBlank();
        // Our own request comes back on privacy.erasure: erasing again finds nothing and harms nothing.
        as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200).body("erasedFeedback", equalTo(0));
    }

    @Test
    void eachErasedPieceOfFeedbackIsRetractedOnTheInsightsTopicSoConsumersRemoveWhatTheyBuiltFromIt() {
        String customer = "crm-" + UUID.randomUUID();
        UUID item = UUID.randomUUID();
        Map<String, Object> request = body("FEATURE_REQUEST", UUID.randomUUID(), customer);
        ((Map<String, Object>) request.get("subject")).put("roadmapItemId", item.toString());
        Set<UUID> erased = Set.of(submit(body("NPS", UUID.randomUUID(), customer)), submit(request));
        UUID kept = submit(body("NPS", UUID.randomUUID(), "crm-" + UUID.randomUUID()));

        as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200).body("erasedFeedback", equalTo(2));

        List<FeedbackRetracted> retracted = Insights.awaitEvents(Topics.FEEDBACK_INSIGHTS, FeedbackRetracted.class,
                e -> erased.contains(e.feedbackId()), 2);
        assertThat(retracted).extracting(FeedbackRetracted::feedbackId).containsExactlyInAnyOrderElementsOf(erased);
        assertThat(retracted).extracting(FeedbackRetracted::reason).containsOnly(FeedbackRetracted.ERASURE);
        assertThat(retracted).filteredOn(e -> e.subject().roadmapItemId() != null)
                .extracting(e -> e.subject().roadmapItemId()).containsExactly(item);
        // The erasure event comes after the retractions (same transaction, later outbox rows): none for the bystander.
        Insights.awaitEvent(Topics.PRIVACY_ERASURE, CustomerErasureRequested.class, e -> e.customerRef().equals(customer));
        assertThat(Insights.events(Topics.FEEDBACK_INSIGHTS, FeedbackRetracted.class, e -> e.feedbackId().equals(kept))).isEmpty();
    }

    @Test
    void theErasedFeedbacksOutboxRowsAndIdempotencyReceiptsGoWithItOnlyTheRetractionStays() {
        String customer = "crm-" + UUID.randomUUID();
        Map<String, Object> review = body("REVIEW", UUID.randomUUID(), customer);
        review.put("text", "The onboarding checklist confused me for a week");
        UUID id = UUID.fromString(ingest().header("Idempotency-Key", "erasure-" + customer).contentType(ContentType.JSON)
                .body(review).post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId"));
        assertThat(stored.outboxTypesAbout(id)).contains(FeedbackReceived.TYPE);
        assertThat(stored.receiptsAnswering(id)).isEqualTo(1);

        as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200).body("erasedFeedback", equalTo(1));

        // The text it published is gone from the outbox, published or not; the retraction follows it out.
        assertThat(stored.outboxTypesAbout(id)).containsExactly(FeedbackRetracted.TYPE);
        assertThat(stored.receiptsAnswering(id)).isZero();
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackRetracted.class, e -> e.feedbackId().equals(id));
    }

    @Test
    void rowsHashedWithARetiredKeyAreErasedToo() {
        String customer = "crm-" + UUID.randomUUID();
        // Test config: current key t2, retired key t1 (see application.properties).
        stored.storeUnderRetiredKey(customer, "t1", "test-only-retired-key-not-secret", UUID.randomUUID());
        submit(body("NPS", UUID.randomUUID(), customer));
        assertThat(stored.ofCustomer(customer)).isEqualTo(2);

        as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200).body("erasedFeedback", equalTo(2));
        assertThat(stored.ofCustomer(customer)).isZero();
    }

    @Test
    void anErasureRequestFromAnotherServiceErasesHereToo() {
        String customer = "crm-" + UUID.randomUUID();
        feedbackFrom(customer, UUID.randomUUID());
        assertThat(stored.ofCustomer(customer)).isPositive();

        CustomerErasureRequested request = new CustomerErasureRequested(UUID.randomUUID(), customer, FixedClock.RECENTLY, "admin-api");
        EventCodec codec = EventCodec.standard();
        kafka().publish(codec.toProducerRecord(request));
        kafka().publish(codec.toProducerRecord(request));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored.ofCustomer(customer) == 0);
    }
}
