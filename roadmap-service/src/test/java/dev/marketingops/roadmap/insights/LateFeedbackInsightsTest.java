package dev.marketingops.roadmap.insights;

import static dev.marketingops.roadmap.support.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.plumbing.retention.RetentionRule;
import dev.marketingops.roadmap.support.LaunchFixture;
import dev.marketingops.roadmap.support.Published;
import dev.marketingops.roadmap.support.Upstream;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Events that travel under other keys than the piece's FeedbackReceived (triage, retraction) may be applied before
 * it, or before an older link: what an unlink, a merge or an erasure ended is not counted again by a late event, and a
 * late merge does not end a link made after it. Between an unlink and a link (one key) the order of arrival decides.
 */
@QuarkusTest
class LateFeedbackInsightsTest {

    private static final Instant AT = Instant.parse("2026-04-02T10:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<RetentionRule> retentionRules;

    @Test
    void aLateFeedbackReceivedOrOlderLinkDoesNotCountWhatTriageOrErasureEnded() throws Exception {
        UUID item = LaunchFixture.create().itemId();
        SubjectRef subject = new SubjectRef(null, null, null, item);
        UUID unlinked = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        UUID mergedAfterItsLink = UUID.randomUUID();
        UUID relinked = UUID.randomUUID();

        // Each ending first, then the late event it must win over.
        applied(new FeatureRequestUnlinked(unlinked, item, AT.plusSeconds(60)));
        applied(received(unlinked, subject));
        applied(new FeatureRequestsMerged(UUID.randomUUID(), List.of(merged), item, AT.plusSeconds(60)));
        applied(received(merged, subject));
        applied(new FeedbackRetracted(erased, subject, FeedbackRetracted.ERASURE, AT.plusSeconds(60)));
        applied(linked(erased, item, AT.plusSeconds(120)));
        applied(new FeatureRequestsMerged(UUID.randomUUID(), List.of(mergedAfterItsLink), item, AT.plusSeconds(60)));
        applied(linked(mergedAfterItsLink, item, AT.plusSeconds(30)));
        // A link made after an unlink is a new state: it counts.
        applied(new FeatureRequestUnlinked(relinked, item, AT.plusSeconds(60)));
        applied(linked(relinked, item, AT.plusSeconds(90)));

        JsonPath insights = asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200).extract().jsonPath();
        assertThat(insights.getLong("feedbackCount")).as("only the request linked after its unlink").isEqualTo(1);
        assertThat(insights.getList("topThemes.theme")).containsExactly("relinked");
    }

    @Test
    void aMergeArrivingAfterTheHandOverLinkKeepsTheHeirCounted() {
        // The merge's target was erased later: feedback handed the merge to the oldest duplicate and linked it (t2) on the
        // duplicate's partition, while the merge itself (t1 < t2) lags on the target's partition.
        UUID item = LaunchFixture.create().itemId();
        UUID heir = UUID.randomUUID();
        UUID stillMerged = UUID.randomUUID();
        applied(linked(heir, item, AT.plusSeconds(120), "heir"));
        applied(new FeatureRequestsMerged(UUID.randomUUID(), List.of(heir, stillMerged), item, AT.plusSeconds(60)));
        // The same with an heir submitted with the item: counted from FeedbackReceived, the hand-over link finds it there.
        UUID otherItem = LaunchFixture.create().itemId();
        UUID submittedHeir = UUID.randomUUID();
        applied(received(submittedHeir, new SubjectRef(null, null, null, otherItem)));
        applied(linked(submittedHeir, otherItem, AT.plusSeconds(120), "heir"));
        applied(new FeatureRequestsMerged(UUID.randomUUID(), List.of(submittedHeir), otherItem, AT.plusSeconds(60)));

        JsonPath linkedHeir = asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200)
                .extract().jsonPath();
        assertThat(linkedHeir.getLong("feedbackCount")).isEqualTo(1);
        assertThat(linkedHeir.getList("topThemes.theme")).containsExactly("heir");
        JsonPath receivedHeir = asViewer().get("/api/v1/items/" + otherItem + "/insights").then().statusCode(200)
                .extract().jsonPath();
        assertThat(receivedHeir.getLong("feedbackCount")).isEqualTo(1);
        assertThat(receivedHeir.getList("topThemes.theme")).containsExactly("dark mode");
    }

    @Test
    void aLinkArrivingAfterAnUnlinkCountsThoughItsTimeIsBehind() {
        // Unlink and re-link share the request's key, so this is their order; the re-link ran on a feedback replica whose
        // clock is a second behind the unlinking one's.
        UUID item = LaunchFixture.create().itemId();
        UUID relinked = UUID.randomUUID();
        applied(new FeatureRequestUnlinked(relinked, item, AT.plusSeconds(5)));
        applied(linked(relinked, item, AT.plusSeconds(4), "relinked"));

        JsonPath insights = asViewer().get("/api/v1/items/" + item + "/insights").then().statusCode(200).extract().jsonPath();
        assertThat(insights.getLong("feedbackCount")).isEqualTo(1);
        assertThat(insights.getList("topThemes.theme")).containsExactly("relinked");
    }

    @Test
    void tombstonesAreBoundedByTheRetentionPurge() {
        assertThat(retentionRules.stream().filter(r -> r.table().equals("feedback_tombstone")))
                .singleElement().satisfies(r -> {
                    assertThat(r.timeColumn()).isEqualTo("recorded_at");
                    assertThat(r.retention()).isEqualTo(Duration.ofDays(30));
                });
    }

    private static FeedbackReceived received(UUID feedbackId, SubjectRef subject) {
        return new FeedbackReceived(feedbackId, FeedbackType.FEATURE_REQUEST, null, null, "Dark mode",
                new BigDecimal("0.3"), List.of("dark mode"), subject, Channel.WEB, "en", AT);
    }

    private static FeatureRequestLinked linked(UUID feedbackId, UUID item, Instant at) {
        return linked(feedbackId, item, at, at.equals(AT.plusSeconds(90)) ? "relinked" : "late link");
    }

    private static FeatureRequestLinked linked(UUID feedbackId, UUID item, Instant at, String theme) {
        return new FeatureRequestLinked(feedbackId, item, null, new BigDecimal("0.3"), List.of(theme), at);
    }

    /** Publishes the event and waits until the insights consumer has applied it (its id is in the inbox). */
    private void applied(EventPayload payload) {
        ProducerRecord<String, byte[]> record = Upstream.record(payload);
        String id = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
        Published.kafka().publish(record);
        await().atMost(Duration.ofSeconds(30)).until(() -> inInbox(id));
    }

    private boolean inInbox(String eventId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select 1 from inbox_event where consumer = 'roadmap-service.item-insights' and event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
