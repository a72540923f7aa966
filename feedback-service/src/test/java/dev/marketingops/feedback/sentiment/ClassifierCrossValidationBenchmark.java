package dev.marketingops.feedback.sentiment;

import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.SentimentClassifier;
import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import dev.marketingops.feedback.sentiment.domain.SoftmaxRegression;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark: how the classifier was chosen, by 5-fold cross-validation on the tuning part only (the held-out part is
 * never read here). Prints accuracy, macro-F1 and recalls per candidate L2 strength, over all tuning texts and over
 * the original 396 alone (texts added later to the tuning part sit in every training fold's pool the same way).
 */
@QuarkusTest
@Tag("benchmark")
class ClassifierCrossValidationBenchmark {

    /** The service's own bean: the tokenizer's native library binds to one class loader per JVM. */
    @Inject
    SentenceEmbeddings embeddings;
    /** Only its feature function is used here: the sentence vector and the vector of the last contrast clause. */
    @Inject
    SentimentClassifier classifier;

    static final double[] LAMBDAS = {0.1, 0.2, 0.3, 0.5, 1};
    /** The first texts of tuning.tsv, as split from the labelled set; later lines were added to the tuning part only. */
    static final int ORIGINAL = 396;
    static final int FOLDS = 5;

    @Test
    void lambdaByCrossValidationOnTheTuningPart() {
        LabelledTexts tuning = LabelledTexts.read(LabelledTexts.TUNING, embeddings);
        for (double lambda : LAMBDAS) {
            crossValidate("sentence vector, lambda " + lambda, tuning.vectors(), tuning.labels(), lambda);
        }
        List<float[]> withClause = new ArrayList<>();
        for (int i = 0; i < tuning.texts().size(); i++) {
            withClause.add(classifier.features(tuning.texts().get(i), Locale.ENGLISH, tuning.vectors().get(i)));
        }
        for (double lambda : new double[] {0.1, 0.2, 0.3, 1, 2}) {
            crossValidate("sentence + last-clause vectors, lambda " + lambda, withClause, tuning.labels(), lambda);
        }
    }

    private static void crossValidate(String candidate, List<float[]> vectors, List<SentimentLabel> labels, double lambda) {
        List<SentimentLabel> truth = new ArrayList<>();
        List<SentimentLabel> predicted = new ArrayList<>();
        List<SentimentLabel> originalTruth = new ArrayList<>();
        List<SentimentLabel> originalPredicted = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<float[]> xs = new ArrayList<>();
            List<SentimentLabel> ys = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                if (i % FOLDS != fold) {
                    xs.add(vectors.get(i));
                    ys.add(labels.get(i));
                }
            }
            SoftmaxRegression model = SoftmaxRegression.train(xs, ys, lambda);
            for (int i = fold; i < vectors.size(); i += FOLDS) {
                double[] p = model.probabilities(vectors.get(i));
                int best = 0;
                for (int k = 1; k < p.length; k++) {
                    best = p[k] > p[best] ? k : best;
                }
                truth.add(labels.get(i));
                predicted.add(model.labels().get(best));
                if (i < ORIGINAL) {
                    originalTruth.add(labels.get(i));
                    originalPredicted.add(model.labels().get(best));
                }
            }
        }
        print(candidate + ", 5-fold CV on the tuning part (" + truth.size() + " texts)", Confusion.of(truth, predicted));
        print(candidate + ", same folds, the " + originalTruth.size() + " original tuning texts only",
                Confusion.of(originalTruth, originalPredicted));
    }

    private static void print(String title, Confusion c) {
        System.out.printf("%s: accuracy %.1f %%, macro-F1 %.3f, recall P/N/U %.1f/%.1f/%.1f %%%n",
                title, 100 * c.accuracy(), c.macroF1(), 100 * c.recall(SentimentLabel.POSITIVE),
                100 * c.recall(SentimentLabel.NEGATIVE), 100 * c.recall(SentimentLabel.NEUTRAL));
    }
}
