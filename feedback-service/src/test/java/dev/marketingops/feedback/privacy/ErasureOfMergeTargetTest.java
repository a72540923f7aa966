package dev.marketingops.feedback.privacy;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Erasing the author of a merge target keeps the merge and the other customers' votes, here and on roadmap's side. */
@QuarkusTest
class ErasureOfMergeTargetTest {

    @Inject
    StoredFeedback stored;

    private static UUID request(UUID product, String customer, UUID item, Instant at) {
        Map<String, Object> body = body("FEATURE_REQUEST", product, customer);
        body.put("text", "Export the monthly report as PDF");
        body.put("submittedAt", at.toString());
        if (item != null) {
            ((Map<String, Object>) body.get("subject")).put("roadmapItemId", item.toString());
        }
        return submit(body);
    }

    @Test
    void theOldestOtherDuplicateTakesTheErasedTargetsPlaceWithItsItemAndTheOtherVoters() {
        UUID product = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        String alice = "crm-alice-" + product;
        Instant at = FixedClock.NOW.minusSeconds(900);
        UUID target = request(product, alice, item, at);
        UUID bob = request(product, "crm-bob-" + product, null, at.plusSeconds(60));
        UUID carl = request(product, "crm-carl-" + product, null, at.plusSeconds(120));
        as("feedback-manager").contentType(ContentType.JSON).body(Map.of("duplicates", List.of(bob.toString(), carl.toString())))
                .post("/api/v1/feature-requests/" + target + "/merge").then().statusCode(200).body("voters", equalTo(3));
        assertThat(itemRequests(item).getLong("votes")).isEqualTo(3);

        as("privacy-officer").delete("/api/v1/customers/" + alice).then().statusCode(200).body("erasedFeedback", equalTo(1));

        // Bob's request, the older duplicate, is the target now: on Alice's item, with Carl's request merged into it.
        assertThat(stored.exists(target)).isFalse();
        assertThat(stored.mergedInto(bob)).isNull();
        assertThat(stored.roadmapItemOf(bob)).isEqualTo(item);
        assertThat(stored.mergedInto(carl)).isEqualTo(bob);
        JsonPath onItem = itemRequests(item);
        assertThat(onItem.getLong("requestCount")).isEqualTo(1);
        assertThat(onItem.getLong("votes")).isEqualTo(2);
        assertThat(onItem.getList("requests.items.feedbackId")).containsExactly(bob.toString());
        as("feedback-manager").get("/api/v1/feature-requests/untriaged?size=200").then().statusCode(200)
                .body("items.feedbackId", not(hasItem(carl.toString())));

        // Roadmap hears all of it: Bob's request counts on the item, Carl's stays merged, Alice's is retracted.
        FeatureRequestLinked linked = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestLinked.class,
                e -> e.feedbackId().equals(bob));
        assertThat(linked.roadmapItemId()).isEqualTo(item);
        FeatureRequestsMerged merged = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestsMerged.class,
                e -> e.targetFeedbackId().equals(bob));
        assertThat(merged.mergedFeedbackIds()).containsExactly(carl);
        assertThat(merged.roadmapItemId()).isEqualTo(item);
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackRetracted.class, e -> e.feedbackId().equals(target));
        // Counted at submission (1), at the merge (2), at the erasure (3).
        FeatureVotesCounted recounted = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureVotesCounted.class,
                e -> e.roadmapItemId().equals(item) && e.sequence() == 3);
        assertThat(recounted.votes()).isEqualTo(2);
        assertThat(recounted.requests()).isEqualTo(1);
    }

    private static JsonPath itemRequests(UUID item) {
        return viewer().get("/api/v1/feature-requests?roadmapItemId=" + item).then().statusCode(200).extract().jsonPath();
    }
}
