package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.ingest;
import static dev.marketingops.feedback.support.Insights.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** A submission repeated under one Idempotency-Key, or one CloudEvent delivered twice, is stored once. */
@QuarkusTest
class DuplicateSubmissionTest {

    private static final EventCodec CODEC = EventCodec.standard();

    @Inject
    StoredFeedback stored;

    @Test
    void theSameIdempotencyKeyOverRestIsStoredOnceAndAnswersTheFirstId() {
        UUID product = UUID.randomUUID();
        Map<String, Object> body = body("NPS", product, "cust-dup");
        String key = "survey-42-" + UUID.randomUUID();
        String first = ingest().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback").then().statusCode(201).extract().path("feedbackId");
        ingest().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback").then().statusCode(200)
                .body("feedbackId", equalTo(first)).body("duplicate", equalTo(true));

        assertThat(stored.aboutProduct(product)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyAreStoredOnce() throws Exception {
        UUID product = UUID.randomUUID();
        Map<String, Object> body = body("CSAT", product, "cust-race");
        String key = "widget-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(pool.submit(() -> ingest().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/feedback").then().extract().statusCode()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnlyOnce(201).containsOnly(201, 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored.aboutProduct(product)).isEqualTo(1);
    }

    @Test
    void theSameCloudEventFromKafkaIsStoredOnce() {
        UUID product = UUID.randomUUID();
        ProducerRecord<String, byte[]> event = CODEC.toProducerRecord(submission(product, null));
        kafka().publish(event);
        kafka().publish(event);
        // A later event with the same key lands behind both copies on the partition: once it is stored, both were seen.
        UUID marker = UUID.randomUUID();
        kafka().publish(CODEC.toProducerRecord(CODEC.toCloudEvent(submission(marker, null)), product.toString()));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored.aboutProduct(marker) == 1);
        assertThat(stored.aboutProduct(product)).isEqualTo(1);
    }

    @Test
    void aToolResubmittingWithItsOwnIdempotencyKeyIsStoredOnce() {
        UUID product = UUID.randomUUID();
        String key = "zendesk-" + UUID.randomUUID();
        kafka().publish(CODEC.toProducerRecord(submission(product, key)));
        kafka().publish(CODEC.toProducerRecord(submission(product, key)));
        UUID marker = UUID.randomUUID();
        kafka().publish(CODEC.toProducerRecord(CODEC.toCloudEvent(submission(marker, null)), product.toString()));

        await().atMost(Duration.ofSeconds(30)).until(() -> stored.aboutProduct(marker) == 1);
        assertThat(stored.aboutProduct(product)).isEqualTo(1);
    }

    static FeedbackSubmitted submission(UUID product, String idempotencyKey) {
        return new FeedbackSubmitted(idempotencyKey, FeedbackType.REVIEW, null, 3, "Support answered within an hour, nice",
                SubjectRef.product(product), Channel.EMAIL, "en", FixedClock.RECENTLY, "crm-" + UUID.randomUUID());
    }
}
