package dev.marketingops.feedback.sentiment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a text's sentiment from its sentence vector with the softmax regression in
 * {@code sentiment/en/classifier.tsv}, trained on the tuning part of the labelled set only (see feedback-service README).
 */
@ApplicationScoped
public class SentimentClassifier {

    static final String WEIGHTS = "sentiment/en/classifier.tsv";

    private final SoftmaxRegression model;

    public SentimentClassifier() {
        try (InputStream in = SentimentClassifier.class.getClassLoader().getResourceAsStream(WEIGHTS)) {
            if (in == null) {
                throw new IllegalStateException(WEIGHTS + " is missing");
            }
            this.model = SoftmaxRegression.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sentiment classify(float[] embedding) {
        double[] p = model.probabilities(embedding);
        return Sentiment.of(p[model.labels().indexOf(SentimentLabel.POSITIVE)],
                p[model.labels().indexOf(SentimentLabel.NEGATIVE)], p[model.labels().indexOf(SentimentLabel.NEUTRAL)]);
    }
}
