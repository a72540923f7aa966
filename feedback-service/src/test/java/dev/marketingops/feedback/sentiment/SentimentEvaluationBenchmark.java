package dev.marketingops.feedback.sentiment;

import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.SentimentClassifier;
import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Benchmark: the service's sentiment (committed classifier on the sentence model) on the held-out part of the
 * labelled set, which nothing was trained or tuned on, and on the tuning part for comparison. Prints accuracy,
 * per-label recall, macro-F1 and the confusion matrices, and the held-out texts it gets wrong.
 */
@QuarkusTest
@Tag("benchmark")
class SentimentEvaluationBenchmark {

    /** The service's own bean: the tokenizer's native library binds to one class loader per JVM. */
    @Inject
    SentenceEmbeddings embeddings;
    @Inject
    SentimentClassifier classifier;

    @Test
    void heldOutAndTuningParts() {
        for (String part : List.of(LabelledTexts.HELD_OUT, LabelledTexts.TUNING)) {
            LabelledTexts texts = LabelledTexts.read(part, embeddings);
            List<SentimentLabel> predicted = new ArrayList<>();
            for (float[] v : texts.vectors()) {
                predicted.add(classifier.classify(v).label());
            }
            System.out.print(Confusion.of(texts.labels(), predicted).report("Sentiment on " + part));
            if (part.equals(LabelledTexts.HELD_OUT)) {
                for (int i = 0; i < predicted.size(); i++) {
                    if (predicted.get(i) != texts.labels().get(i)) {
                        System.out.printf("  missed %s -> %s: %s%n", texts.labels().get(i), predicted.get(i), texts.texts().get(i));
                    }
                }
            }
        }
    }
}
