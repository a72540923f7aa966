package dev.marketingops.feedback.sentiment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text's sentiment with the softmax regression in {@code sentiment/en/classifier.tsv}, trained on the tuning
 * part of the labelled set only (see feedback-service README), from the sentence vector and the last contrast clause.
 */
@ApplicationScoped
public class SentimentClassifier {

    static final String WEIGHTS = "sentiment/en/classifier.tsv";
    /** Up to the last contrast word and what follows it up to the next word: "…, but (honestly) it broke". */
    private static final Pattern CONTRAST = Pattern.compile("(?is).*\\b(?:but|however|though|although)\\b\\W*");

    private final SoftmaxRegression model;
    private final SentenceEmbeddings embeddings;
    private final SentimentConfig config;

    public SentimentClassifier(SentenceEmbeddings embeddings, SentimentConfig config) {
        this.embeddings = embeddings;
        this.config = config;
        try (InputStream in = SentimentClassifier.class.getClassLoader().getResourceAsStream(WEIGHTS)) {
            if (in == null) {
                throw new IllegalStateException(WEIGHTS + " is missing");
            }
            this.model = SoftmaxRegression.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentiment of {@code text}, whose sentence vector ({@link SentenceEmbeddings#embed}) is {@code vector}. */
    public Sentiment classify(String text, Locale locale, float[] vector) {
        double[] p = model.probabilities(features(text, locale, vector));
        return Sentiment.of(p[model.labels().indexOf(SentimentLabel.POSITIVE)],
                p[model.labels().indexOf(SentimentLabel.NEGATIVE)], p[model.labels().indexOf(SentimentLabel.NEUTRAL)]);
    }

    /**
     * The classifier's input: the sentence vector, then the vector of the clause after the last contrast word (the
     * sentence vector again when there is none), because after "but" the verdict that wins usually stands.
     */
    public float[] features(String text, Locale locale, float[] vector) {
        int d = vector.length;
        float[] clause = lastClause(text, config.maxChars()).flatMap(c -> embeddings.embed(c, locale)).orElse(vector);
        float[] both = Arrays.copyOf(vector, 2 * d);
        System.arraycopy(clause, 0, both, d, d);
        return both;
    }

    /** What follows the last contrast word in the first {@code maxChars}, if it has a letter. */
    static Optional<String> lastClause(String text, int maxChars) {
        String head = text.length() > maxChars ? text.substring(0, maxChars) : text;
        Matcher m = CONTRAST.matcher(head);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String clause = head.substring(m.end()).strip();
        return clause.codePoints().anyMatch(Character::isLetter) ? Optional.of(clause) : Optional.empty();
    }
}
