package dev.marketingops.feedback.roadmap;

import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static dev.marketingops.feedback.support.Insights.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.feedback.FeatureRequestsDelivered;
import dev.marketingops.contracts.roadmap.LaunchCompleted;
import dev.marketingops.contracts.roadmap.LaunchScheduled;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Launches from roadmap are tracked; a real LaunchCompleted marks the item's feature requests delivered. */
@QuarkusTest
class LaunchLoopTest {

    private static final EventCodec CODEC = EventCodec.standard();

    private static void request(UUID item, String customer, String text) {
        Map<String, Object> body = body("FEATURE_REQUEST", UUID.randomUUID(), customer);
        ((Map<String, Object>) body.get("subject")).put("roadmapItemId", item.toString());
        body.put("text", text);
        submit(body);
    }

    @Test
    void aCompletedLaunchDeliversTheItemsRequestsAndAnnouncesIt() {
        UUID launch = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        kafka().publish(CODEC.toProducerRecord(new LaunchScheduled(launch, item, product, UUID.randomUUID(), "Dark mode",
                FixedClock.TODAY.plusDays(30), 2, List.of("DE"), List.of(Channel.EMAIL), List.of("pro"), "team-ui", null, List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer().get("/api/v1/launches/" + launch).statusCode() == 200);
        viewer().get("/api/v1/launches/" + launch).then().body("itemId", equalTo(item.toString()))
                .body("name", equalTo("Dark mode")).body("status", equalTo("SCHEDULED"));

        request(item, "crm-ann", "Please add a dark mode");
        request(item, "crm-ann", "Dark mode, pretty please!");   // same customer: a second request, not a second vote
        request(item, "crm-bob", "Dark theme for night shifts");
        viewer().get("/api/v1/feature-requests?roadmapItemId=" + item).then().statusCode(200)
                .body("requestCount", equalTo(3)).body("votes", equalTo(2)).body("delivered", equalTo(0));

        Instant completedAt = Instant.parse("2025-06-01T09:00:00Z");
        kafka().publish(CODEC.toProducerRecord(new LaunchCompleted(launch, item, product, completedAt)));

        FeatureRequestsDelivered delivered = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestsDelivered.class,
                e -> e.roadmapItemId().equals(item));
        assertThat(delivered.launchId()).isEqualTo(launch);
        assertThat(delivered.requestCount()).isEqualTo(3);
        assertThat(delivered.voteCount()).isEqualTo(2);
        assertThat(delivered.deliveredAt()).isEqualTo(completedAt);

        JsonPath requests = viewer().get("/api/v1/feature-requests?roadmapItemId=" + item).then().statusCode(200).extract().jsonPath();
        assertThat(requests.getInt("delivered")).isEqualTo(3);
        assertThat(requests.getList("requests.items.deliveredByLaunch")).containsOnly(launch.toString());
        viewer().get("/api/v1/launches/" + launch).then().body("status", equalTo("COMPLETED"));
    }

    @Test
    void feedbackAboutATrackedLaunchAlsoCountsForItsProductAndItem() {
        UUID launch = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        kafka().publish(CODEC.toProducerRecord(new LaunchScheduled(launch, item, product, UUID.randomUUID(), "Spring",
                FixedClock.TODAY.plusDays(5), 1, List.of("US"), List.of(Channel.WEB), List.of(), "team-web", null, List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> viewer().get("/api/v1/launches/" + launch).statusCode() == 200);

        Map<String, Object> body = body("NPS", product, "crm-launch-fan");
        body.put("subject", Map.of("launchId", launch.toString()));
        body.put("score", 10);
        UUID id = submit(body);

        viewer().get("/api/v1/feedback/" + id).then().body("subject.productId", equalTo(product.toString()))
                .body("subject.roadmapItemId", equalTo(item.toString()));
        viewer().get("/api/v1/nps?productId=" + product).then().statusCode(200).body("total.promoters", equalTo(1));
    }

    @Test
    void aRedeliveredCompletionAnnouncesOnce() {
        UUID launch = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        request(item, "crm-cy", "Export to PDF");
        var completion = CODEC.toProducerRecord(new LaunchCompleted(launch, item, UUID.randomUUID(), FixedClock.RECENTLY));
        kafka().publish(completion);
        kafka().publish(completion);
        // A later launch on the same key is consumed after both copies.
        UUID laterItem = UUID.randomUUID();
        request(laterItem, "crm-cy", "Export to CSV");
        kafka().publish(CODEC.toProducerRecord(CODEC.toCloudEvent(new LaunchCompleted(launch, laterItem, UUID.randomUUID(), FixedClock.RECENTLY)),
                launch.toString()));

        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestsDelivered.class, e -> e.roadmapItemId().equals(laterItem));
        assertThat(Insights.events(Topics.FEEDBACK_INSIGHTS, FeatureRequestsDelivered.class, e -> e.roadmapItemId().equals(item)))
                .hasSize(1);
    }
}
