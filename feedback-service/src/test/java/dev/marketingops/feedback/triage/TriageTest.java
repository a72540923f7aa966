package dev.marketingops.feedback.triage;

import static dev.marketingops.feedback.support.FeedbackApi.as;
import static dev.marketingops.feedback.support.FeedbackApi.body;
import static dev.marketingops.feedback.support.FeedbackApi.submit;
import static dev.marketingops.feedback.support.FeedbackApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Triage through the real API, PostgreSQL and Kafka: link, merge, unlink, one vote per customer, and the events. */
@QuarkusTest
class TriageTest {

    private static RequestSpecification manager() {
        return as("feedback-manager").contentType(ContentType.JSON);
    }

    private static UUID request(UUID product, String customer, String text, Instant at) {
        Map<String, Object> body = body("FEATURE_REQUEST", product, customer);
        body.put("text", text);
        body.put("submittedAt", at.toString());
        return submit(body);
    }

    private static JsonPath link(UUID request, UUID item) {
        return manager().body(Map.of("roadmapItemId", item.toString())).put("/api/v1/feature-requests/" + request + "/roadmap-item")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath itemRequests(UUID item) {
        return viewer().get("/api/v1/feature-requests?roadmapItemId=" + item).then().statusCode(200).extract().jsonPath();
    }

    /** The newest vote count announced for the item, after waiting for the one with this sequence. */
    private static FeatureVotesCounted announcedVotes(UUID item, long sequence) {
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureVotesCounted.class,
                e -> e.roadmapItemId().equals(item) && e.sequence() == sequence);
        return Insights.events(Topics.FEEDBACK_INSIGHTS, FeatureVotesCounted.class, e -> e.roadmapItemId().equals(item))
                .stream().max(Comparator.comparingLong(FeatureVotesCounted::sequence)).orElseThrow();
    }

    @Test
    void linkMergeAndUnlinkKeepOneVotePerCustomerAndAnnounceEachChange() {
        UUID product = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        String ann = "crm-ann-" + product;
        Instant at = FixedClock.NOW.minusSeconds(600);
        UUID annFirst = request(product, ann, "Please add an export to PDF", at);
        UUID annAgain = request(product, ann, "PDF export would be great", at.plusSeconds(60));
        UUID bob = request(product, "crm-bob-" + product, "Export reports as PDF files", at.plusSeconds(120));
        UUID carl = request(product, "crm-carl-" + product, "Print reports to PDF", at.plusSeconds(180));
        UUID annDuplicate = request(product, ann, "Let me print reports to PDF", at.plusSeconds(240));

        List<String> untriaged = manager().get("/api/v1/feature-requests/untriaged?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.feedbackId");
        assertThat(untriaged).containsSubsequence(annDuplicate.toString(), carl.toString(), bob.toString(),
                annAgain.toString(), annFirst.toString());

        // Ann's two requests on one item are one vote.
        link(annFirst, item);
        link(annAgain, item);
        assertThat(link(bob, item).getString("roadmapItemId")).isEqualTo(item.toString());
        JsonPath linked = itemRequests(item);
        assertThat(linked.getLong("requestCount")).isEqualTo(3);
        assertThat(linked.getLong("votes")).isEqualTo(2);
        FeatureRequestLinked event = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestLinked.class,
                e -> e.feedbackId().equals(bob));
        assertThat(event.roadmapItemId()).isEqualTo(item);
        assertThat(event.previousRoadmapItemId()).isNull();
        assertThat(event.themes()).isNotEmpty();
        assertThat(announcedVotes(item, 3).votes()).isEqualTo(2);

        // Ann's duplicate merged into Carl's request: it carries both voters; linked, Ann still votes once.
        JsonPath merged = manager().body(Map.of("duplicates", List.of(annDuplicate.toString())))
                .post("/api/v1/feature-requests/" + carl + "/merge").then().statusCode(200).extract().jsonPath();
        assertThat(merged.getLong("voters")).isEqualTo(2);
        FeatureRequestsMerged mergeEvent = Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestsMerged.class,
                e -> e.targetFeedbackId().equals(carl));
        assertThat(mergeEvent.mergedFeedbackIds()).containsExactly(annDuplicate);
        link(carl, item);
        JsonPath afterMerge = itemRequests(item);
        assertThat(afterMerge.getLong("requestCount")).isEqualTo(4);
        assertThat(afterMerge.getLong("votes")).isEqualTo(3);
        FeatureVotesCounted counted = announcedVotes(item, 4);
        assertThat(counted.votes()).isEqualTo(3);
        assertThat(counted.requests()).isEqualTo(4);

        // Bob unlinked: his vote leaves the item and his request is untriaged again.
        manager().delete("/api/v1/feature-requests/" + bob + "/roadmap-item").then().statusCode(200)
                .body("roadmapItemId", equalTo(null));
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeatureRequestUnlinked.class,
                e -> e.feedbackId().equals(bob) && e.roadmapItemId().equals(item));
        JsonPath afterUnlink = itemRequests(item);
        assertThat(afterUnlink.getLong("votes")).isEqualTo(2);
        assertThat(announcedVotes(item, 5).votes()).isEqualTo(afterUnlink.getLong("votes"));
        manager().get("/api/v1/feature-requests/untriaged?size=200").then().statusCode(200)
                .body("items.feedbackId", hasItem(bob.toString()));
    }

    @Test
    void mistakesAreProblemsThatNameTheCause() {
        UUID product = UUID.randomUUID();
        UUID target = request(product, "crm-x-" + product, "Dark mode please", FixedClock.RECENTLY);
        UUID duplicate = request(product, "crm-y-" + product, "A dark theme", FixedClock.RECENTLY);
        manager().body(Map.of("duplicates", List.of(target.toString())))
                .post("/api/v1/feature-requests/" + target + "/merge").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("duplicates"));
        manager().body(Map.of("duplicates", List.of(duplicate.toString())))
                .post("/api/v1/feature-requests/" + target + "/merge").then().statusCode(200);
        manager().body(Map.of("roadmapItemId", UUID.randomUUID().toString()))
                .put("/api/v1/feature-requests/" + duplicate + "/roadmap-item").then().statusCode(409)
                .contentType("application/problem+json");
        manager().delete("/api/v1/feature-requests/" + target + "/roadmap-item").then().statusCode(409);
        manager().body(Map.of("roadmapItemId", UUID.randomUUID().toString()))
                .put("/api/v1/feature-requests/" + UUID.randomUUID() + "/roadmap-item").then().statusCode(404)
                .contentType("application/problem+json");
        manager().body(Map.of()).put("/api/v1/feature-requests/" + target + "/roadmap-item").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(org.hamcrest.Matchers.containsString("roadmapItemId")));
        manager().body(Map.of("duplicates", List.of())).post("/api/v1/feature-requests/" + target + "/merge").then()
                .statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("duplicates")));
        manager().get("/api/v1/feature-requests/untriaged?size=0").then().statusCode(400);
        viewer().get("/api/v1/feature-requests/untriaged").then().statusCode(403);
    }

    @Test
    void suggestionsRankSimilarRequestsAndItemsAboveUnrelatedOnes() {
        UUID product = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        Instant now = FixedClock.RECENTLY;
        UUID linked = request(product, "crm-s1-" + product, "Calendar sync with Outlook calendars", now);
        link(linked, item);
        UUID query = request(product, "crm-s2-" + product, "Please sync my Outlook calendar", now);
        UUID same = request(product, "crm-s3-" + product, "Outlook calendar sync is missing", now);
        UUID unrelated = request(product, "crm-s4-" + product, "Bigger fonts on the invoice page", now);

        JsonPath s = manager().get("/api/v1/feature-requests/" + query + "/suggestions?limit=50").then().statusCode(200)
                .extract().jsonPath();
        List<String> duplicates = s.getList("duplicates.feedbackId");
        assertThat(duplicates).contains(same.toString()).doesNotContain(unrelated.toString(), query.toString());
        assertThat(s.getDouble("duplicates[0].score")).isBetween(0.3, 1.0);
        assertThat(s.getList("roadmapItems.roadmapItemId")).contains(item.toString());
        manager().get("/api/v1/feature-requests/" + UUID.randomUUID() + "/suggestions").then().statusCode(404);
    }
}
