package dev.marketingops.console.feedback;

import dev.marketingops.console.web.ServicePage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What feedback-service answers, as far as the console shows it. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    public record Csat(BigDecimal average, long responses, Map<String, Long> distribution) {
    }

    public record Sentiment(BigDecimal average, long samples, long negative) {

        public long notNegative() {
            return samples - negative;
        }
    }

    public record Figures(BigDecimal nps, long responses, long promoters, long passives, long detractors, Csat csat,
                          Sentiment sentiment) {
    }

    public record Period(Instant start, Instant end, Figures figures) {
    }

    public record NpsReport(String subjectType, UUID subjectId, Instant from, Instant to, String granularity,
                            Figures total, List<Period> periods) {
    }

    public record Theme(String term, String label, boolean phrase, long mentions, long previousMentions, String trend) {
    }

    public record Themes(String subjectType, UUID subjectId, List<Theme> themes) {
    }

    public record Subject(UUID productId, UUID launchId, UUID campaignId, UUID roadmapItemId) {
    }

    public record Response(UUID id, String type, Integer score, Integer rating, String text, BigDecimal sentiment,
                           List<String> themes, Subject subject, String channel, Instant submittedAt) {

        /** The band the inbox filters by: negative at or below −0.05, positive at or above 0.05. */
        public String band() {
            if (sentiment == null) {
                return "";
            }
            double s = sentiment.doubleValue();
            return s <= -0.05 ? "NEGATIVE" : s >= 0.05 ? "POSITIVE" : "NEUTRAL";
        }
    }

    /** feedback-service's feedback overview: NPS/CSAT trend, top themes and one inbox page of one subject. */
    /** A semantic theme: texts that say the same in other words, with its nearest quotes. */
    public record SemanticTheme(UUID id, String label, List<String> keywords, long mentions, long previousMentions,
                                String trend, BigDecimal sentiment, String sentimentLabel, long negative,
                                List<String> quotes) {
    }

    /** {@code GET /api/v1/themes/semantic}: the subject's semantic themes in the range. */
    public record SemanticThemes(Instant from, Instant to, List<SemanticTheme> themes) {
    }

    public record Overview(NpsReport nps, Themes themes, ServicePage<Response> inbox) {
    }
}
