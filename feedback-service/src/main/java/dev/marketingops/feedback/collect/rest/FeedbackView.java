package dev.marketingops.feedback.collect.rest;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.collect.domain.FeedbackInbox;
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

    public static FeedbackView of(FeedbackInbox.Entry entry) {
        Feedback f = entry.feedback();
        return new FeedbackView(f.id, f.type, f.score, f.rating, f.redactedText, f.sentiment, SentimentLabel.of(f.sentiment),
                entry.themes(), f.subject(),
                f.channel, f.locale, f.submittedAt, f.deliveredAt);
    }
}
