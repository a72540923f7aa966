package dev.marketingops.feedback.sentiment;

import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.SentimentLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** One part of the labelled evaluation set ({@code sentiment/en/tuning.tsv} or {@code heldout.tsv}), embedded. */
record LabelledTexts(List<String> texts, List<SentimentLabel> labels, List<float[]> vectors) {

    static final String TUNING = "sentiment/en/tuning.tsv";
    static final String HELD_OUT = "sentiment/en/heldout.tsv";

    static LabelledTexts read(String resource, SentenceEmbeddings embeddings) {
        List<String> texts = new ArrayList<>();
        List<SentimentLabel> labels = new ArrayList<>();
        for (String[] cells : lines(resource)) {
            labels.add(SentimentLabel.valueOf(cells[0]));
            texts.add(cells[1]);
        }
        List<float[]> vectors = texts.stream().map(t -> embeddings.embed(t, Locale.ENGLISH).orElseThrow()).toList();
        return new LabelledTexts(texts, labels, vectors);
    }

    /** The texts of one part without their labels or vectors, each {@link #normalised}; no model is loaded. */
    static Set<String> normalisedTexts(String resource) {
        return lines(resource).stream().map(cells -> normalised(cells[1])).collect(Collectors.toSet());
    }

    /** The form in which two texts count as the same: case and runs of spacing ignored. */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static List<String[]> lines(String resource) {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = LabelledTexts.class.getClassLoader().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t", 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

}
