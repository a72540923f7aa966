package dev.marketingops.roadmap.insights;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import dev.marketingops.roadmap.support.Upstream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** An erased customer's feedback, retracted by feedback-service, leaves an item's insights: count, NPS, votes, themes. */
@QuarkusTest
class ErasedFeedbackInsightsTest {

    private static final Instant AT = Instant.parse("2026-04-02T10:00:00Z");

    @Test
    void retractedFeedbackNoLongerCountsInTheInsightsEvenWhenRetractedTwice() {
        LaunchFixture fixture = LaunchFixture.create();
        SubjectRef aboutItem = new SubjectRef(fixture.productId(), null, null, fixture.itemId());
        // The erased customer: a promoter with words about onboarding, and a feature request for an export.
        FeedbackReceived promoter = feedback(FeedbackType.NPS, 10, "0.8", List.of("pricing", "Onboarding"), aboutItem);
        FeedbackReceived request = feedback(FeedbackType.FEATURE_REQUEST, null, "0.2", List.of("export"), aboutItem);
        // Another customer, who stays.
        FeedbackReceived detractor = feedback(FeedbackType.NPS, 3, "-0.4", List.of("pricing"), aboutItem);
        Upstream.publish(promoter);
        Upstream.publish(request);
        Upstream.publish(detractor);
        await().atMost(Duration.ofSeconds(30)).until(() -> insights(fixture.itemId()).getLong("feedbackCount") == 3);
        assertThat(insights(fixture.itemId()).getList("topThemes.theme")).contains("onboarding", "export");

        ProducerRecord<String, byte[]> retractPromoter = Upstream.record(retraction(promoter));
        Published.kafka().publish(retractPromoter);
        Published.kafka().publish(retractPromoter);                 // redelivered: the inbox drops it
        Upstream.publish(retraction(request));
        Upstream.publish(retraction(request));                      // retracted again under a new event id
        // Same key as the retractions, so once this one counts, all of them above have been handled.
        Upstream.publish(feedback(FeedbackType.NPS, 8, null, List.of("support"), aboutItem));

        await().atMost(Duration.ofSeconds(30)).until(() -> insights(fixture.itemId()).getList("topThemes.theme").contains("support"));
        JsonPath after = insights(fixture.itemId());
        assertThat(after.getLong("feedbackCount")).isEqualTo(2);
        assertThat(after.getLong("npsResponses")).isEqualTo(2);
        assertThat(new BigDecimal(after.getString("nps"))).isEqualByComparingTo("-50");   // a passive and a detractor
        assertThat(new BigDecimal(after.getString("averageSentiment"))).isEqualByComparingTo("-0.4");
        assertThat(after.getLong("featureRequestVotes")).isZero();
        assertThat(after.getList("topThemes.theme")).containsExactly("pricing", "support");
        assertThat(after.getList("topThemes.count", Integer.class)).containsExactly(1, 1);
    }

    private static FeedbackReceived feedback(FeedbackType type, Integer score, String sentiment, List<String> themes,
                                             SubjectRef subject) {
        return new FeedbackReceived(UUID.randomUUID(), type, score, null, "text",
                sentiment == null ? null : new BigDecimal(sentiment), themes, subject, Channel.WEB, "en", AT);
    }

    private static FeedbackRetracted retraction(FeedbackReceived feedback) {
        return new FeedbackRetracted(feedback.feedbackId(), feedback.subject(), FeedbackRetracted.ERASURE, AT);
    }

    private static JsonPath insights(UUID item) {
        return asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200).extract().jsonPath();
    }
}
