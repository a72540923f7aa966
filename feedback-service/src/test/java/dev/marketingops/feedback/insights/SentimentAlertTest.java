package dev.marketingops.feedback.insights;

import static dev.marketingops.feedback.support.FeedbackApi.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.feedback.FeedbackReceived;
import dev.marketingops.contracts.feedback.SentimentAlert;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.Insights;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A spike of negative texts fires one SentimentAlert; more negatives during the spike fire none; once the share has
 * fallen below the clear level a new spike fires again (test config: threshold 0.5, clear below 0.35, 4 samples).
 */
@QuarkusTest
class SentimentAlertTest {

    static final String NEGATIVE = "The app crashes constantly, terrible update";
    static final String POSITIVE = "Love the new editor, works great";

    private static UUID send(UUID product, String text, int times) {
        UUID last = null;
        for (int i = 0; i < times; i++) {
            last = review(product, text, FixedClock.RECENTLY);
        }
        return last;
    }

    @Test
    void alertsOncePerSpikeAndAgainAfterItCleared() {
        UUID product = UUID.randomUUID();
        send(product, POSITIVE, 1);
        send(product, NEGATIVE, 3);    // 3/4 negative, 4 samples: first alert
        send(product, NEGATIVE, 4);    // 7/8, still in the spike: no new alert
        UUID lastOfFirstSpike = send(product, POSITIVE, 12);   // 7/20 = 0.35, not below 0.35 yet
        awaitPublished(lastOfFirstSpike);
        assertThat(alerts(product)).hasSize(1);

        send(product, POSITIVE, 1);    // 7/21 < 0.35: cleared, re-armed
        UUID last = send(product, NEGATIVE, 12);   // above 0.5 from the 8th on (15/29): second alert, then no more
        awaitPublished(last);

        List<SentimentAlert> alerts = alerts(product);
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).sampleSize()).isEqualTo(4);
        assertThat(alerts.get(0).negativeShare()).isEqualByComparingTo("0.75");
        assertThat(alerts.get(1).sampleSize()).isEqualTo(29);
        assertThat(alerts.get(0).threshold()).isEqualByComparingTo("0.5");
        assertThat(alerts.get(0).windowEnd()).isAfter(alerts.get(0).windowStart());
    }

    /** Events about one product share a partition in commit order: once the last one is there, all before it are. */
    private static void awaitPublished(UUID feedbackId) {
        Insights.awaitEvent(Topics.FEEDBACK_INSIGHTS, FeedbackReceived.class, e -> e.feedbackId().equals(feedbackId));
    }

    private static List<SentimentAlert> alerts(UUID product) {
        return Insights.events(Topics.FEEDBACK_INSIGHTS, SentimentAlert.class, a -> a.subjectId().equals(product));
    }
}
