package dev.marketingops.feedback.sentiment;

import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.SentimentClassifier;
import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Benchmark: the service's sentiment (committed classifier on the sentence model) on the held-out part of the
 * labelled set, which nothing was trained or tuned on, and on the tuning part for comparison. Prints accuracy,
 * per-label recall, macro-F1 and the confusion matrices. It prints no held-out text, so running it cannot steer the
 * tuning towards them; it counts held-out texts that also stand verbatim in the tuning part (a leak if above 0).
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
        List<Set<String>> parts = new ArrayList<>();
        for (String part : List.of(LabelledTexts.HELD_OUT, LabelledTexts.TUNING)) {
            LabelledTexts texts = LabelledTexts.read(part, embeddings);
            List<SentimentLabel> predicted = new ArrayList<>();
            for (int i = 0; i < texts.texts().size(); i++) {
                predicted.add(classifier.classify(texts.texts().get(i), Locale.ENGLISH, texts.vectors().get(i)).label());
            }
            System.out.print(Confusion.of(texts.labels(), predicted).report("Sentiment on " + part));
            parts.add(texts.texts().stream().map(LabelledTexts::normalised).collect(Collectors.toSet()));
        }
        long shared = parts.get(0).stream().filter(parts.get(1)::contains).count();
        System.out.printf("Held-out texts also in the tuning part (same words; case and spacing ignored): %d%n", shared);
    }
}
