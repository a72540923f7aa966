package dev.marketingops.feedback.collect;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stored feedback as the API shows it: redacted text, themes, never the customer hash. */
public record FeedbackView(UUID id, FeedbackType type, Integer score, Integer rating, String text, BigDecimal sentiment,
                           @Schema(description = "POSITIVE, NEGATIVE or NEUTRAL: the band of sentiment (≥ 0.05, ≤ −0.05, between); null without a score")
                           SentimentLabel sentimentLabel,
                           List<String> themes, SubjectRef subject, Channel channel, String locale, Instant submittedAt,
                           Instant deliveredAt) {

    static FeedbackView of(Feedback f, List<String> themes) {
        return new FeedbackView(f.id, f.type, f.score, f.rating, f.redactedText, f.sentiment, SentimentLabel.of(f.sentiment), themes, f.subject(),
                f.channel, f.locale, f.submittedAt, f.deliveredAt);
    }
}
