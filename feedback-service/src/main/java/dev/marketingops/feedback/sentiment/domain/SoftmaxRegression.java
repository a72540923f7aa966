package dev.marketingops.feedback.sentiment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression (softmax over one linear score per label) on sentence vectors: p = softmax(W·x + b).
 * Training minimises mean cross-entropy + λ/2·|W|² by full-batch gradient descent with Nesterov momentum on
 * standardised features (folded back into W and b afterwards), from zero weights, with step 1/L for the loss's
 * curvature bound L = λ_max(ZᵀZ/n)/2 + λ: deterministic for the same data, and stable for any λ.
 * No maintained Java library under a permissive licence offers it without a framework around it (Smile is GPL).
 */
public record SoftmaxRegression(List<SentimentLabel> labels, double[][] weights, double[] bias) {

    static final int ITERATIONS = 1500;
    static final double MOMENTUM = 0.9;

    /** Probabilities per label, in the order of {@link #labels()}. */
    public double[] probabilities(float[] x) {
        double[] z = new double[labels.size()];
        for (int k = 0; k < z.length; k++) {
            double sum = bias[k];
            double[] w = weights[k];
            for (int j = 0; j < x.length; j++) {
                sum += w[j] * x[j];
            }
            z[k] = sum;
        }
        return softmax(z);
    }

    /** Fits the model to labelled vectors with L2 strength {@code lambda}. */
    public static SoftmaxRegression train(List<float[]> xs, List<SentimentLabel> ys, double lambda) {
        List<SentimentLabel> labels = List.of(SentimentLabel.values());
        int n = xs.size();
        int d = xs.get(0).length;
        int classes = labels.size();
        double[] mean = new double[d];
        double[] std = new double[d];
        for (float[] x : xs) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[j] / (double) n;
            }
        }
        for (float[] x : xs) {
            for (int j = 0; j < d; j++) {
                std[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j]) + 1e-9;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (xs.get(i)[j] - mean[j]) / std[j];
            }
        }
        double step = 1 / (largestEigenvalue(z) / 2 + lambda);
        double[][] w = new double[classes][d];
        double[] b = new double[classes];
        double[][] vw = new double[classes][d];
        double[] vb = new double[classes];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] lookW = new double[classes][d];
            double[] lookB = new double[classes];
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < d; j++) {
                    lookW[k][j] = w[k][j] + MOMENTUM * vw[k][j];
                }
                lookB[k] = b[k] + MOMENTUM * vb[k];
            }
            double[][] gw = new double[classes][d];
            double[] gb = new double[classes];
            for (int i = 0; i < n; i++) {
                double[] p = softmax(scores(lookW, lookB, z[i]));
                int truth = labels.indexOf(ys.get(i));
                for (int k = 0; k < classes; k++) {
                    double error = (p[k] - (k == truth ? 1 : 0)) / n;
                    gb[k] += error;
                    for (int j = 0; j < d; j++) {
                        gw[k][j] += error * z[i][j];
                    }
                }
            }
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < d; j++) {
                    vw[k][j] = MOMENTUM * vw[k][j] - step * (gw[k][j] + lambda * lookW[k][j]);
                    w[k][j] += vw[k][j];
                }
                vb[k] = MOMENTUM * vb[k] - step * gb[k];
                b[k] += vb[k];
            }
        }
        // Fold the standardisation in, so classifying needs only W·x + b on the raw unit vector.
        double[][] folded = new double[classes][d];
        double[] foldedBias = b.clone();
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < d; j++) {
                folded[k][j] = w[k][j] / std[j];
                foldedBias[k] -= w[k][j] * mean[j] / std[j];
            }
        }
        return new SoftmaxRegression(labels, folded, foldedBias);
    }

    /** Tab-separated: one line per label (label, bias, weights); '#' lines are comments. */
    public String write(String comment) {
        StringBuilder out = new StringBuilder();
        comment.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        for (int k = 0; k < labels.size(); k++) {
            out.append(labels.get(k)).append('\t').append(number(bias[k]));
            for (double v : weights[k]) {
                out.append('\t').append(number(v));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static SoftmaxRegression read(InputStream in) {
        List<SentimentLabel> labels = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<Double> bias = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                labels.add(SentimentLabel.valueOf(cells[0]));
                bias.add(Double.parseDouble(cells[1]));
                double[] w = new double[cells.length - 2];
                for (int j = 0; j < w.length; j++) {
                    w[j] = Double.parseDouble(cells[j + 2]);
                }
                weights.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment classifier", e);
        }
        return new SoftmaxRegression(List.copyOf(labels), weights.toArray(double[][]::new),
                bias.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** λ_max of ZᵀZ/n by power iteration from a fixed start. */
    private static double largestEigenvalue(double[][] z) {
        int d = z[0].length;
        double[] v = new double[d];
        java.util.Arrays.fill(v, 1 / Math.sqrt(d));
        double eigenvalue = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] next = new double[d];
            for (double[] row : z) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += row[j] * v[j];
                }
                for (int j = 0; j < d; j++) {
                    next[j] += dot * row[j] / z.length;
                }
            }
            double norm = 0;
            for (double x : next) {
                norm += x * x;
            }
            eigenvalue = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                v[j] = next[j] / eigenvalue;
            }
        }
        return eigenvalue;
    }

    private static double[] scores(double[][] w, double[] b, double[] x) {
        double[] z = new double[b.length];
        for (int k = 0; k < z.length; k++) {
            double sum = b[k];
            for (int j = 0; j < x.length; j++) {
                sum += w[k][j] * x[j];
            }
            z[k] = sum;
        }
        return z;
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
