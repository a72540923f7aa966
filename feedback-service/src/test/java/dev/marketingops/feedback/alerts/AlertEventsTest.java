package dev.marketingops.feedback.alerts;

import static dev.marketingops.feedback.support.FeedbackApi.nps;
import static dev.marketingops.feedback.support.FeedbackApi.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.NpsDropAlert;
import dev.marketingops.contracts.feedback.ThemeGrowthAlert;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** NPS drops beyond the margin and fast-growing themes become events on feedback.insights, once per episode. */
@QuarkusTest
class AlertEventsTest {

    /** Events about one product share its partition in commit order: once this one is there, all before it are. */
    private static void awaitPublished(UUID feedbackId) {
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(feedbackId));
    }

    @Test
    void anNpsDropBeyondTheMarginAlertsOnce() {
        UUID product = UUID.randomUUID();
        Instant now = FixedClock.RECENTLY;
        for (int i = 0; i < 5; i++) {
            nps(product, 10, now);
        }
        nps(product, 9, now);                       // 6 promoters: NPS 100, the peak
        nps(product, 8, now);                       // 85.7: 14.3 below the peak, above the margin (10)
        UUID last = nps(product, 10, now);          // 87.5: rises from the new level, no alert
        awaitPublished(last);

        List<NpsDropAlert> alerts = Insights.events(Topics.FEEDBACK_INSIGHTS, NpsDropAlert.class, a -> a.subjectId().equals(product));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).peakNps()).isEqualByComparingTo("100");
        assertThat(alerts.get(0).nps()).isEqualByComparingTo("85.7");
        assertThat(alerts.get(0).margin()).isEqualByComparingTo("10");
        assertThat(alerts.get(0).responses()).isEqualTo(7);
    }

    @Test
    void aThemeMentionedFarMoreOftenThanBeforeAlertsOncePerWindow() {
        UUID product = UUID.randomUUID();
        Instant now = FixedClock.RECENTLY;
        for (int i = 0; i < 4; i++) {
            review(product, "Checkout keeps timing out", now);
        }
        review(product, "Checkout is slow", now);  // 5th mention of "checkout" in the window, none before
        UUID last = review(product, "Checkout timing out again", now);
        awaitPublished(last);

        List<ThemeGrowthAlert> alerts = Insights.events(Topics.FEEDBACK_INSIGHTS, ThemeGrowthAlert.class,
                a -> a.subjectId().equals(product) && a.theme().equalsIgnoreCase("checkout"));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).mentions()).isEqualTo(5);
        assertThat(alerts.get(0).previousMentions()).isZero();
        assertThat(alerts.get(0).windowEnd()).isAfter(alerts.get(0).windowStart());
    }
}
