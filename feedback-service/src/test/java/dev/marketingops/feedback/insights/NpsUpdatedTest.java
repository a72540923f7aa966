package dev.marketingops.feedback.insights;

import static dev.marketingops.feedback.support.FeedbackApi.csat;
import static dev.marketingops.feedback.support.FeedbackApi.nps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.common.SubjectType;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.NpsUpdated;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** NpsUpdated goes out per subject when its NPS or CSAT average changes, and only then. */
@QuarkusTest
class NpsUpdatedTest {

    @Test
    void aChangedScoreIsAnnouncedAndAnUnchangedOneIsNot() {
        UUID product = UUID.randomUUID();
        Instant now = FixedClock.RECENTLY;
        nps(product, 10, now);   // 100
        nps(product, 9, now);    // still 100: no event
        nps(product, 0, now);    // 33.3
        UUID last = csat(product, 4, now);   // CSAT average appears: event

        // Every event about the product shares its partition; the last FeedbackReceived arrives after all before it.
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(last));
        List<NpsUpdated> updates = Insights.awaitEvents(Topics.FEEDBACK_INSIGHTS, NpsUpdated.class,
                e -> e.subjectId().equals(product), 3);
        assertThat(updates).hasSize(3);
        assertThat(updates).allSatisfy(u -> assertThat(u.subjectType()).isEqualTo(SubjectType.PRODUCT));
        assertThat(updates.get(0).nps()).isEqualByComparingTo("100");
        assertThat(updates.get(0).responses()).isEqualTo(1);
        assertThat(updates.get(1).nps()).isEqualByComparingTo("33.3");
        assertThat(updates.get(1).detractors()).isEqualTo(1);
        assertThat(updates.get(2).csatAverage()).isEqualByComparingTo("4");
    }
}
