package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.Insights.kafka;
import static dev.marketingops.infra.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Submissions from Kafka that can never be stored go to feedback.submissions.dlq with the reason. */
@QuarkusTest
class SubmissionDeadLetterTest {

    private static final String DLQ = Topics.dlq(Topics.FEEDBACK_SUBMISSIONS);

    @Inject
    StoredFeedback stored;

    @Test
    void aMalformedEventIsDeadLettered() {
        String id = UUID.randomUUID().toString();
        kafka().publish(Topics.FEEDBACK_SUBMISSIONS, "k", Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/tests/feedback",
                "ce_type", FeedbackSubmitted.TYPE, "ce_subject", "x", "content-type", "application/json"),
                "{\"type\":\"NPS\",\"score\":42".getBytes(StandardCharsets.UTF_8));

        ConsumerRecord<String, byte[]> parked = awaitParked(id);
        assertThat(header(parked, "dlq-reason")).isNotBlank();
        assertThat(header(parked, "dlq-original-topic")).isEqualTo(Topics.FEEDBACK_SUBMISSIONS);
    }

    @Test
    void aSchemaValidEventAgainstTheTypeRulesIsRejectedToTheDeadLetterTopic() {
        UUID product = UUID.randomUUID();
        // The schema allows a score on any type; the rules do not: a REVIEW has no NPS score.
        FeedbackSubmitted scoredReview = new FeedbackSubmitted(null, FeedbackType.REVIEW, 7, null, "fine",
                SubjectRef.product(product), Channel.WEB, "en", FixedClock.RECENTLY, "crm-1");
        ProducerRecord<String, byte[]> record = EventCodec.standard().toProducerRecord(scoredReview);
        kafka().publish(record);
        String id = eventId(record);

        ConsumerRecord<String, byte[]> parked = awaitParked(id);
        assertThat(header(parked, "dlq-reason-code")).isEqualTo("REJECTED");
        assertThat(header(parked, "dlq-reason")).contains("score");
        assertThat(stored.aboutProduct(product)).isZero();
    }

    @Test
    void aSubmittedAtBefore2000OrMoreThanADayAheadIsRejectedToTheDeadLetterTopicNamingIt() {
        UUID product = UUID.randomUUID();
        for (Instant at : List.of(FixedClock.NOW.plus(Duration.ofDays(1)).plusSeconds(1), Instant.parse("2093-06-01T00:00:00Z"),
                Instant.parse("1999-12-31T23:59:59Z"))) {
            ProducerRecord<String, byte[]> record = EventCodec.standard().toProducerRecord(new FeedbackSubmitted(null,
                    FeedbackType.NPS, 9, null, null, SubjectRef.product(product), Channel.WEB, "en", at, "crm-" + at));
            kafka().publish(record);

            ConsumerRecord<String, byte[]> parked = awaitParked(eventId(record));
            assertThat(header(parked, "dlq-reason-code")).isEqualTo("REJECTED");
            assertThat(header(parked, "dlq-reason")).contains("submittedAt", at.toString());
        }
        // A day ahead of the service's clock is still taken; it follows the refused ones on the same key.
        kafka().publish(EventCodec.standard().toProducerRecord(new FeedbackSubmitted(null, FeedbackType.NPS, 9, null, null,
                SubjectRef.product(product), Channel.WEB, "en", FixedClock.NOW.plus(Duration.ofDays(1)), "crm-ahead")));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored.aboutProduct(product) == 1);
    }

    private static ConsumerRecord<String, byte[]> awaitParked(String id) {
        List<ConsumerRecord<String, byte[]>> parked = await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka().readMatching(DLQ, r -> id.equals(header(r, "ce_id"))), r -> !r.isEmpty());
        return parked.get(0);
    }

    private static String eventId(ProducerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }
}
