package dev.marketingops.feedback.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scorer against a hand-labelled sample of short English feedback texts; prints the accuracy it reaches. */
class SentimentAccuracyTest {

    static final double GOAL = 0.80;

    private final SentimentScorer scorer = new SentimentScorer();

    @Test
    void labelsAtLeastEightyPercentOfTheSampleCorrectly() throws IOException {
        List<String[]> sample = sample();
        assertThat(sample).hasSizeGreaterThanOrEqualTo(100);
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (String[] labelled : sample) {
            String predicted = label(scorer.score(labelled[1], Locale.ENGLISH).orElseThrow());
            if (predicted.equals(labelled[0])) {
                correct++;
            } else {
                misses.add(labelled[0] + "→" + predicted + ": " + labelled[1]);
            }
        }
        double accuracy = (double) correct / sample.size();
        System.out.printf("Sentiment accuracy on %d labelled texts: %.1f%% (%d correct)%n", sample.size(), accuracy * 100, correct);
        misses.forEach(m -> System.out.println("  missed " + m));
        assertThat(accuracy).isGreaterThanOrEqualTo(GOAL);
    }

    static String label(BigDecimal score) {
        if (score.doubleValue() <= SentimentScorer.NEGATIVE_AT) {
            return "neg";
        }
        return score.doubleValue() >= -SentimentScorer.NEGATIVE_AT ? "pos" : "neu";
    }

    private static List<String[]> sample() throws IOException {
        try (InputStream in = SentimentAccuracyTest.class.getClassLoader().getResourceAsStream("sentiment/labelled-en.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", 2));
                }
            }
            return rows;
        }
    }
}
