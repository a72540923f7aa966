package dev.marketingops.feedback.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists of one language, from {@code sentiment/<language>/}: {@code words.tsv} (word, weight −4..4),
 * {@code boosters.tsv} (word, factor: 1.5 strengthens, 0.5 weakens), {@code negators.txt} and {@code contrasts.txt}
 * (words like "but" after which the clause counts more).
 */
public record SentimentLexicon(Map<String, Double> words, Map<String, Double> boosters, Set<String> negators,
                               Set<String> contrasts) {

    /** The lexicon for a language, or empty when none is maintained for it. */
    public static Optional<SentimentLexicon> load(String language) {
        String base = "sentiment/" + language + "/";
        if (resource(base + "words.tsv") == null) {
            return Optional.empty();
        }
        return Optional.of(new SentimentLexicon(weights(base + "words.tsv"), weights(base + "boosters.tsv"),
                lines(base + "negators.txt").keySet(), lines(base + "contrasts.txt").keySet()));
    }

    private static Map<String, Double> weights(String path) {
        Map<String, Double> weights = new HashMap<>();
        lines(path).forEach((word, value) -> weights.put(word, Double.parseDouble(value)));
        return weights;
    }

    /** Non-comment lines as word → rest of the line (after a tab), lower-cased words. */
    private static Map<String, String> lines(String path) {
        Map<String, String> lines = new HashMap<>();
        InputStream in = resource(path);
        if (in == null) {
            return lines;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(line -> {
                String[] parts = line.split("\t+");
                lines.put(parts[0].toLowerCase(), parts.length > 1 ? parts[1].strip() : "");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return lines;
    }

    private static InputStream resource(String path) {
        return SentimentLexicon.class.getClassLoader().getResourceAsStream(path);
    }

    public Set<String> allWords() {
        Set<String> all = new HashSet<>(words.keySet());
        all.addAll(boosters.keySet());
        all.addAll(negators);
        return all;
    }
}
