package dev.marketingops.feedback.sentiment.domain;

import java.math.BigDecimal;

/** What a text says about its subject, as people filter and count it. */
public enum SentimentLabel {
    POSITIVE, NEGATIVE, NEUTRAL;

    /** Scores at or below this are negative, at or above its opposite positive; in between neutral. */
    public static final double NEGATIVE_AT = -0.05;

    /** The label of a stored score (the score's band), or null for a text without one. */
    public static SentimentLabel of(BigDecimal score) {
        if (score == null) {
            return null;
        }
        double value = score.doubleValue();
        return value <= NEGATIVE_AT ? NEGATIVE : value >= -NEGATIVE_AT ? POSITIVE : NEUTRAL;
    }
}
