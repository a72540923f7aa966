package dev.marketingops.feedback.collect;

import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.feedback.support.Insights;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each feedback type is stored with its links, analysed, and announced as a schema-valid FeedbackReceived. */
@QuarkusTest
class SubmitFeedbackTest {

    @Test
    void npsIsStoredAndAnnounced() {
        UUID product = UUID.randomUUID();
        Map<String, Object> body = body("NPS", product, "cust-nps");
        body.put("score", 10);
        UUID id = submit(body);

        viewer().get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("type", equalTo("NPS")).body("score", equalTo(10)).body("subject.productId", equalTo(product.toString()));
        FeedbackReceived event = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(id));
        assertThat(event.score()).isEqualTo(10);
        assertThat(event.subject().productId()).isEqualTo(product);
    }

    @Test
    void csatCarriesItsRating() {
        Map<String, Object> body = body("CSAT", UUID.randomUUID(), "cust-csat");
        body.put("rating", 2);
        UUID id = submit(body);
        viewer().get("/api/v1/feedback/" + id).then().statusCode(200).body("rating", equalTo(2));
    }

    @Test
    void reviewTextIsAnalysedForSentimentAndThemes() {
        UUID launch = UUID.randomUUID();
        Map<String, Object> body = body("REVIEW", UUID.randomUUID(), "cust-review");
        ((Map<String, Object>) body.get("subject")).put("launchId", launch.toString());
        body.put("text", "The new checkout is slow and the checkout page crashes on mobile");
        body.put("rating", 2);
        UUID id = submit(body);

        viewer().get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("sentiment", notNullValue()).body("themes", hasItem("checkout")).body("subject.launchId", equalTo(launch.toString()));
        FeedbackReceived event = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(id));
        assertThat(event.sentiment()).isNegative();
        assertThat(event.themes()).first().isEqualTo("checkout");
        // Keyed by the most specific subject, so all insights about the launch stay in order.
        assertThat(event.partitionKey()).isEqualTo(launch.toString());
    }

    @Test
    void aTextOfExactlyTenThousandCharactersIsAccepted() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 10_000; i++) {
            // Many distinct letter-only words, so the analyzer finds hundreds of terms to store.
            text.append("topic").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26)).append(' ');
        }
        Map<String, Object> body = body("REVIEW", UUID.randomUUID(), "cust-long");
        body.put("text", text.substring(0, 9_999) + "z");  // no trailing blank: the stored text is stripped
        UUID id = submit(body);
        viewer().get("/api/v1/feedback/" + id).then().statusCode(200).body("text.length()", equalTo(10_000));
    }

    @Test
    void featureRequestLinksToItsRoadmapItem() {
        UUID item = UUID.randomUUID();
        Map<String, Object> body = body("FEATURE_REQUEST", UUID.randomUUID(), "cust-fr");
        ((Map<String, Object>) body.get("subject")).put("roadmapItemId", item.toString());
        body.put("text", "Please add dark mode");
        UUID id = submit(body);

        FeedbackReceived event = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(id));
        assertThat(event.type()).isEqualTo(FeedbackType.FEATURE_REQUEST);
        assertThat(event.subject().roadmapItemId()).isEqualTo(item);
    }
}
