package dev.marketingops.feedback.sentiment;

import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import dev.marketingops.feedback.sentiment.domain.SoftmaxRegression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;

/**
 * Benchmark: how the L2 strength of the classifier was chosen, by 5-fold cross-validation on the tuning part only
 * (the held-out part is never read here). Prints accuracy, macro-F1 and recalls per candidate.
 */
@QuarkusTest
@Tag("benchmark")
class ClassifierCrossValidationBenchmark {

    /** The service's own bean: the tokenizer's native library binds to one class loader per JVM. */
    @Inject
    SentenceEmbeddings embeddings;

    static final double[] LAMBDAS = {0.01, 0.03, 0.1, 0.3, 1};
    static final int FOLDS = 5;

    @Test
    void lambdaByCrossValidationOnTheTuningPart() {
        LabelledTexts tuning = LabelledTexts.read(LabelledTexts.TUNING, embeddings);
        for (double lambda : LAMBDAS) {
            List<SentimentLabel> truth = new ArrayList<>();
            List<SentimentLabel> predicted = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                List<float[]> xs = new ArrayList<>();
                List<SentimentLabel> ys = new ArrayList<>();
                for (int i = 0; i < tuning.texts().size(); i++) {
                    if (i % FOLDS != fold) {
                        xs.add(tuning.vectors().get(i));
                        ys.add(tuning.labels().get(i));
                    }
                }
                SoftmaxRegression model = SoftmaxRegression.train(xs, ys, lambda);
                for (int i = fold; i < tuning.texts().size(); i += FOLDS) {
                    double[] p = model.probabilities(tuning.vectors().get(i));
                    int best = 0;
                    for (int k = 1; k < p.length; k++) {
                        best = p[k] > p[best] ? k : best;
                    }
                    truth.add(tuning.labels().get(i));
                    predicted.add(model.labels().get(best));
                }
            }
            Confusion c = Confusion.of(truth, predicted);
            System.out.printf("lambda %-5s 5-fold CV on the tuning part: accuracy %.1f %%, macro-F1 %.3f, recall P/N/U %.1f/%.1f/%.1f %%%n",
                    lambda, 100 * c.accuracy(), c.macroF1(), 100 * c.recall(SentimentLabel.POSITIVE),
                    100 * c.recall(SentimentLabel.NEGATIVE), 100 * c.recall(SentimentLabel.NEUTRAL));
        }
    }
}
