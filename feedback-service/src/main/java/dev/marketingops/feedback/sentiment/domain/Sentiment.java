package dev.marketingops.feedback.sentiment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The classifier's verdict on one text.
 *
 * @param label    the most probable label
 * @param score    −1..1, three decimals; its band (see {@link SentimentLabel#of}) is always {@code label}: positive
 *                 0.05 + 0.95·P(positive), negative the opposite with P(negative), neutral 0.049·(P(pos) − P(neg))
 * @param positive P(positive)
 * @param negative P(negative)
 * @param neutral  P(neutral)
 */
public record Sentiment(SentimentLabel label, BigDecimal score, double positive, double negative, double neutral) {

    /** From the three class probabilities; the score keeps the existing bands so stored scores stay comparable. */
    public static Sentiment of(double positive, double negative, double neutral) {
        SentimentLabel label = positive >= negative && positive >= neutral ? SentimentLabel.POSITIVE
                : negative >= neutral ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        double score = switch (label) {
            case POSITIVE -> 0.05 + 0.95 * positive;
            case NEGATIVE -> -(0.05 + 0.95 * negative);
            case NEUTRAL -> 0.049 * (positive - negative);
        };
        return new Sentiment(label, BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP), positive, negative, neutral);
    }
}
