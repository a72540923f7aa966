package dev.marketingops.feedback.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.SentimentClassifier;
import dev.marketingops.feedback.sentiment.domain.SoftmaxRegression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The committed classifier ({@code src/main/resources/sentiment/en/classifier.tsv}) is the one trained on the tuning
 * part alone: retraining from {@code tuning.tsv} gives the same probabilities. To retrain, run this test and copy
 * {@code target/sentiment/classifier.tsv} over the committed file.
 */
@QuarkusTest
class ClassifierTrainingTest {

    /** The service's own bean: the tokenizer's native library binds to one class loader per JVM. */
    @Inject
    SentenceEmbeddings embeddings;
    @Inject
    SentimentClassifier classifier;

    /** L2 strength, chosen by 5-fold cross-validation on the tuning part ({@code ClassifierCrossValidationBenchmark}). */
    static final double LAMBDA = 0.3;

    @Test
    void committedClassifierIsTheOneTrainedOnTheTuningPart() throws IOException {
        LabelledTexts tuning = LabelledTexts.read(LabelledTexts.TUNING, embeddings);
        List<float[]> features = new ArrayList<>();
        for (int i = 0; i < tuning.texts().size(); i++) {
            features.add(classifier.features(tuning.texts().get(i), Locale.ENGLISH, tuning.vectors().get(i)));
        }
        SoftmaxRegression fresh = SoftmaxRegression.train(features, tuning.labels(), LAMBDA);
        Path written = Path.of("target/sentiment/classifier.tsv");
        Files.createDirectories(written.getParent());
        Files.writeString(written, fresh.write("""
                Softmax regression on all-MiniLM-L6-v2 vectors (sentence, then the clause after the last contrast word),
                trained on sentiment/en/tuning.tsv only (%d texts), L2 lambda %s, %d iterations.
                Written by ClassifierTrainingTest; lines: label, bias, 768 weights."""
                .formatted(tuning.texts().size(), LAMBDA, 1500)), StandardCharsets.UTF_8);

        SoftmaxRegression committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sentiment/en/classifier.tsv")) {
            assertThat(in).as("classifier.tsv; copy it from " + written.toAbsolutePath()).isNotNull();
            committed = SoftmaxRegression.read(in);
        }
        assertThat(committed.labels()).isEqualTo(fresh.labels());
        assertThat(committed.weights()[0]).as("weights per label; retrained copy in %s", written.toAbsolutePath())
                .hasSameSizeAs(features.get(0));
        for (float[] x : features) {
            double[] expected = fresh.probabilities(x);
            double[] actual = committed.probabilities(x);
            for (int k = 0; k < expected.length; k++) {
                assertThat(actual[k]).as("probability %d; retrained copy in %s", k, written.toAbsolutePath())
                        .isCloseTo(expected[k], org.assertj.core.data.Offset.offset(1e-3));
            }
        }
    }
}
