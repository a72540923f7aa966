package dev.marketingops.feedback.collect.domain;

import dev.marketingops.feedback.sentiment.domain.SentimentLabel;

/** Sentiment as people filter it: negative at or below the scorer's threshold, positive at or above its opposite. */
public enum SentimentBand {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** The SQL condition on the {@code sentiment} column; texts without a score are in none of the bands. */
    String condition() {
        double at = SentimentLabel.NEGATIVE_AT;
        return switch (this) {
            case NEGATIVE -> "f.sentiment <= " + at;
            case POSITIVE -> "f.sentiment >= " + (-at);
            case NEUTRAL -> "f.sentiment > " + at + " and f.sentiment < " + (-at);
        };
    }
}
