package dev.marketingops.roadmap.insights;

import static dev.marketingops.roadmap.support.Api.asEditor;
import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.roadmap.support.Api;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import dev.marketingops.roadmap.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Feedback events build item insights exactly once, whether they name the item or its launch. */
@QuarkusTest
class FeedbackInsightsTest {

    private static FeedbackReceived feedback(FeedbackType type, Integer score, String sentiment, List<String> themes, SubjectRef subject) {
        return new FeedbackReceived(UUID.randomUUID(), type, score, null, "text", sentiment == null ? null : new BigDecimal(sentiment),
                themes, subject, Channel.WEB, "en", Instant.parse("2026-04-02T10:00:00Z"));
    }

    private static JsonPath insights(UUID item) {
        return asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void feedbackIsCountedOnceEvenWhenDeliveredTwice() {
        LaunchFixture fixture = LaunchFixture.create();
        UUID launch = Api.createLaunch(fixture.itemId(), "2026-04-01");
        SubjectRef aboutItem = new SubjectRef(fixture.productId(), null, null, fixture.itemId());
        ProducerRecord<String, byte[]> promoter = Upstream.record(
                feedback(FeedbackType.NPS, 10, "0.8", List.of("pricing", "Onboarding"), aboutItem));
        Published.kafka().publish(promoter);
        Published.kafka().publish(promoter);
        Upstream.publish(feedback(FeedbackType.NPS, 3, "-0.4", List.of("pricing"), aboutItem));
        Upstream.publish(feedback(FeedbackType.FEATURE_REQUEST, null, null, List.of("export"),
                new SubjectRef(fixture.productId(), launch, null, null)));

        // The detractor follows the duplicate on the item's partition: once it counts, the duplicate was seen.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath i = insights(fixture.itemId());
            return i.getLong("npsResponses") == 2 && i.getLong("feedbackCount") == 3;
        });
        JsonPath i = insights(fixture.itemId());
        assertThat(i.getLong("feedbackCount")).isEqualTo(3);
        assertThat(new BigDecimal(i.getString("nps"))).isEqualByComparingTo("0");
        assertThat(new BigDecimal(i.getString("averageSentiment"))).isEqualByComparingTo("0.2");
        assertThat(i.getList("topThemes.theme")).containsExactly("pricing", "export", "onboarding");
        assertThat(i.getList("topThemes.count", Integer.class)).containsExactly(2, 1, 1);
    }

    @Test
    void anItemWithoutFeedbackHasEmptyInsightsAndAnUnknownItemIsNotFound() {
        UUID item = LaunchFixture.create().itemId();
        asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200)
                .body("feedbackCount", equalTo(0)).body("nps", nullValue()).body("topThemes.size()", equalTo(0));
        asViewer().get("/api/v1/items/" + UUID.randomUUID() + "/insights").then().statusCode(404);
    }

    @Test
    void npsUpdatesForAnItemMoveItsNpsObjectives() {
        UUID item = LaunchFixture.create().itemId();
        UUID objective = Api.id(asEditor().body(Map.of("kpiKey", "nps", "direction", "INCREASE", "baseline", 10, "target", 40,
                        "startDate", "2026-01-01", "dueDate", "2099-12-31"))
                .post("/api/v1/items/" + item + "/objectives").then().statusCode(201).extract().path("id"));

        Upstream.publish(new NpsUpdated(SubjectType.ROADMAP_ITEM, item, new BigDecimal("42.5"), 40, 20, 13, 7, null,
                Instant.parse("2026-04-02T10:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).until(() -> "ACHIEVED".equals(asViewer()
                .get("/api/v1/items/" + item + "/objectives/" + objective).then().extract().path("progress.status")));
    }
}
