package dev.marketingops.feedback.sentiment;

import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import java.util.List;

/** A confusion matrix over the three labels, with accuracy, per-label recall and precision, and macro-F1. */
final class Confusion {

    private final int[][] counts = new int[3][3];

    void add(SentimentLabel truth, SentimentLabel predicted) {
        counts[truth.ordinal()][predicted.ordinal()]++;
    }

    static Confusion of(List<SentimentLabel> truth, List<SentimentLabel> predicted) {
        Confusion c = new Confusion();
        for (int i = 0; i < truth.size(); i++) {
            c.add(truth.get(i), predicted.get(i));
        }
        return c;
    }

    int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    double accuracy() {
        int right = 0;
        for (int k = 0; k < 3; k++) {
            right += counts[k][k];
        }
        return (double) right / total();
    }

    double recall(SentimentLabel label) {
        int k = label.ordinal();
        int row = counts[k][0] + counts[k][1] + counts[k][2];
        return row == 0 ? 0 : (double) counts[k][k] / row;
    }

    double precision(SentimentLabel label) {
        int k = label.ordinal();
        int column = counts[0][k] + counts[1][k] + counts[2][k];
        return column == 0 ? 0 : (double) counts[k][k] / column;
    }

    double macroF1() {
        double sum = 0;
        for (SentimentLabel label : SentimentLabel.values()) {
            double p = precision(label);
            double r = recall(label);
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / 3;
    }

    String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s (%d texts): accuracy %.1f %%, recall POSITIVE %.1f %% NEGATIVE %.1f %% NEUTRAL %.1f %%, macro-F1 %.3f%n",
                title, total(), 100 * accuracy(), 100 * recall(SentimentLabel.POSITIVE), 100 * recall(SentimentLabel.NEGATIVE),
                100 * recall(SentimentLabel.NEUTRAL), macroF1()));
        out.append("  true \\ predicted  POSITIVE NEGATIVE  NEUTRAL\n");
        for (SentimentLabel truth : SentimentLabel.values()) {
            int[] row = counts[truth.ordinal()];
            out.append(String.format("  %-17s %8d %8d %8d%n", truth, row[0], row[1], row[2]));
        }
        return out.toString();
    }
}
