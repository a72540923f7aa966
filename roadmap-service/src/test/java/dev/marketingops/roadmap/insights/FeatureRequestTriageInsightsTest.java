package dev.marketingops.roadmap.insights;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.contracts.feedback.FeedbackReceived;
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
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Triage events from feedback (link, merge, unlink, vote counts) move item insights through real Kafka, idempotently. */
@QuarkusTest
class FeatureRequestTriageInsightsTest {

    private static final Instant AT = Instant.parse("2026-04-02T10:00:00Z");

    private static JsonPath insights(UUID item) {
        return asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitInsights(UUID item, Predicate<JsonPath> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> insights(item), condition);
    }

    @Test
    void linkMergeAndUnlinkMoveRequestsAndVotesFollowTheNewestCount() {
        UUID item = LaunchFixture.create().itemId();
        UUID other = LaunchFixture.create().itemId();
        UUID submittedWithItem = UUID.randomUUID();
        UUID triagedLater = UUID.randomUUID();
        Upstream.publish(new FeedbackReceived(submittedWithItem, FeedbackType.FEATURE_REQUEST, null, null, "Export to PDF",
                new BigDecimal("0.2"), List.of("export"), new SubjectRef(null, null, null, item), Channel.WEB, "en", AT));
        Upstream.publish(new FeatureVotesCounted(item, 1, 1, 1, AT));
        awaitInsights(item, i -> i.getLong("feedbackCount") == 1 && i.getLong("featureRequestVotes") == 1);

        // Linked after submission, first to the wrong item, then moved; delivered twice under two event ids.
        Upstream.publish(new FeatureRequestLinked(triagedLater, other, null, new BigDecimal("0.4"), List.of("PDF export"), AT));
        FeatureRequestLinked moved = new FeatureRequestLinked(triagedLater, item, other, new BigDecimal("0.4"),
                List.of("PDF export"), AT);
        ProducerRecord<String, byte[]> move = Upstream.record(moved);
        Published.kafka().publish(move);
        Published.kafka().publish(move);
        Upstream.publish(moved);
        Upstream.publish(new FeatureVotesCounted(item, 2, 2, 2, AT));
        awaitInsights(item, i -> i.getLong("feedbackCount") == 2 && i.getLong("featureRequestVotes") == 2);
        assertThat(insights(item).getList("topThemes.theme")).containsExactlyInAnyOrder("export", "pdf export");
        awaitInsights(other, i -> i.getLong("feedbackCount") == 0);

        // A count overtaken by a newer one (lower sequence) changes nothing; the NPS answer behind it on the item's
        // partition shows it was consumed.
        Upstream.publish(new FeatureVotesCounted(item, 7, 9, 1, AT));
        Upstream.publish(new FeedbackReceived(UUID.randomUUID(), FeedbackType.NPS, 10, null, null, null, List.of(),
                new SubjectRef(null, null, null, item), Channel.WEB, "en", AT));
        awaitInsights(item, i -> i.getLong("npsResponses") == 1);
        assertThat(insights(item).getLong("featureRequestVotes")).isEqualTo(2);

        // Merging the later request into the first: it no longer counts as a request of its own.
        Upstream.publish(new FeatureRequestsMerged(submittedWithItem, List.of(triagedLater), item, AT));
        Upstream.publish(new FeatureVotesCounted(item, 2, 1, 3, AT));
        awaitInsights(item, i -> i.getLong("feedbackCount") == 2 && i.getList("topThemes.theme").equals(List.of("export")));

        // Unlinking the survivor takes it off the item; votes drop with the count that follows.
        Upstream.publish(new FeatureRequestUnlinked(submittedWithItem, item, AT));
        Upstream.publish(new FeatureVotesCounted(item, 0, 0, 4, AT));
        awaitInsights(item, i -> i.getLong("feedbackCount") == 1 && i.getLong("featureRequestVotes") == 0
                && i.getList("topThemes").isEmpty());
    }
}
