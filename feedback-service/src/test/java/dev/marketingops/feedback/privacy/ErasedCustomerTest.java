package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.ingest;
import static dev.marketingops.feedback.support.FeedbackApi.post;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.Insights.kafka;
import static dev.marketingops.infra.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.collect.app.FeedbackSubmissionsConsumer;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** An erased customer's old feedback is not taken again on any channel; what they submit after the erasure is. */
@QuarkusTest
class ErasedCustomerTest {

    /** The erasure runs at the test clock's now; feedback submitted later is new consent. */
    private static final Instant AFTER_ERASURE = FixedClock.NOW.plusSeconds(60);

    @Inject
    StoredFeedback stored;
    @Inject
    MeterRegistry registry;

    private static void erase(String customer) {
        as("privacy-officer").delete("/api/v1/customers/" + customer).then().statusCode(200);
    }

    @Test
    void anErasedCustomersOldFeedbackSentAgainIsRefusedNamingCustomerRefAndLaterFeedbackIsKept() {
        String customer = "crm-" + UUID.randomUUID();
        Map<String, Object> answer = body("NPS", UUID.randomUUID(), customer);
        String key = "survey-" + customer;
        ingest().header("Idempotency-Key", key).contentType(ContentType.JSON).body(answer).post("/api/v1/feedback")
                .then().statusCode(201);
        erase(customer);

        // The tool retries (its receipt went with the erasure) and re-imports without a key: both refused.
        ingest().header("Idempotency-Key", key).contentType(ContentType.JSON).body(answer).post("/api/v1/feedback")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("customerRef"));
        post(answer).statusCode(422).body("errors.field", contains("customerRef"));
        assertThat(stored.ofCustomer(customer)).isZero();

        Map<String, Object> later = body("NPS", UUID.randomUUID(), customer);
        later.put("submittedAt", AFTER_ERASURE.toString());
        submit(later);
        assertThat(stored.ofCustomer(customer)).isEqualTo(1);
    }

    @Test
    void anOldCsvExportImportedAgainAfterTheErasureHasTheErasedCustomersRowsRejectedNamingCustomerRef() {
        String customer = "crm-" + UUID.randomUUID();
        UUID product = UUID.randomUUID();
        String csv = """
                type,score,rating,text,productId,channel,locale,submittedAt,customerRef,idempotencyKey
                NPS,4,,,%1$s,EMAIL,en,%2$s,%3$s,
                NPS,10,,,%1$s,EMAIL,en,%2$s,crm-other-%1$s,
                """.formatted(product, FixedClock.RECENTLY, customer);
        ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import").then().statusCode(200)
                .body("results.outcome", contains("ACCEPTED", "ACCEPTED"));
        erase(customer);

        ingest().contentType("text/csv").body(csv).post("/api/v1/feedback/import").then().statusCode(200)
                .body("results.outcome", contains("REJECTED", "ACCEPTED"))
                .body("results[0].errors.field", contains("customerRef"));
        assertThat(stored.ofCustomer(customer)).isZero();
    }

    @Test
    void aLateKafkaSubmissionOfAnErasedCustomerIsDroppedAndCountedNeverDeadLettered() {
        String customer = "crm-" + UUID.randomUUID();
        UUID product = UUID.randomUUID();
        erase(customer);
        double droppedBefore = registry.counter(FeedbackSubmissionsConsumer.ERASED_DROPPED).count();

        ProducerRecord<String, byte[]> old = EventCodec.standard().toProducerRecord(new FeedbackSubmitted(null, FeedbackType.NPS,
                3, null, null, SubjectRef.product(product), Channel.WEB, "en", FixedClock.RECENTLY, customer));
        kafka().publish(old);
        String oldId = new String(old.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.inboxHas("feedback-service.submissions", oldId));

        assertThat(stored.aboutProduct(product)).isZero();
        assertThat(registry.counter(FeedbackSubmissionsConsumer.ERASED_DROPPED).count()).isEqualTo(droppedBefore + 1);
        assertThat(kafka().readMatching(Topics.dlq(Topics.FEEDBACK_SUBMISSIONS), r -> oldId.equals(header(r, "ce_id")))).isEmpty();

        kafka().publish(EventCodec.standard().toProducerRecord(new FeedbackSubmitted(null, FeedbackType.NPS, 9, null, null,
                SubjectRef.product(product), Channel.WEB, "en", AFTER_ERASURE, customer)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.aboutProduct(product) == 1);
    }

    @Test
    void anErasureRecordedBeforeAKeyRotationStillRefusesTheCustomer() {
        String customer = "crm-" + UUID.randomUUID();
        // Test config: current key t2, retired key t1; the erasure happened while t1 was current.
        stored.erasedUnderRetiredKey(customer, "t1", "test-only-retired-key-not-secret", FixedClock.RECENTLY);

        post(body("CSAT", UUID.randomUUID(), customer)).statusCode(422).body("errors.field", contains("customerRef"));
        Map<String, Object> later = body("CSAT", UUID.randomUUID(), customer);
        later.put("submittedAt", FixedClock.RECENTLY.plusSeconds(1).toString());
        submit(later);
    }
}
