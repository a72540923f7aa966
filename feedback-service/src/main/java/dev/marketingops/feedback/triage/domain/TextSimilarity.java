package dev.marketingops.feedback.triage.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** TF-IDF cosine similarity between analysed texts (sets of Lucene-analysed terms), ranked best first. */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /**
     * Ranks the documents by cosine similarity to the query. Terms are binary per document (short texts rarely repeat
     * a word) and weighted by smoothed inverse document frequency over query and documents, so common words count less.
     */
    public static <K> List<Match<K>> rank(Set<String> query, Map<K, Set<String>> documents, double minScore, int limit) {
        if (query.isEmpty() || documents.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> frequency = new HashMap<>();
        query.forEach(t -> frequency.merge(t, 1, Integer::sum));
        documents.values().forEach(terms -> terms.forEach(t -> frequency.merge(t, 1, Integer::sum)));
        int n = documents.size() + 1;
        Map<String, Double> idf = new HashMap<>();
        frequency.forEach((term, df) -> idf.put(term, Math.log((n + 1.0) / (df + 1.0)) + 1.0));
        double queryNorm = norm(query, idf);
        List<Match<K>> matches = new ArrayList<>();
        documents.forEach((key, terms) -> {
            double dot = 0;
            for (String term : query) {
                if (terms.contains(term)) {
                    dot += idf.get(term) * idf.get(term);
                }
            }
            double score = dot == 0 ? 0 : dot / (queryNorm * norm(terms, idf));
            if (score >= minScore) {
                matches.add(new Match<>(key, Math.min(1.0, Math.round(score * 1000) / 1000.0)));
            }
        });
        matches.sort(Comparator.comparingDouble((Match<K> m) -> m.score()).reversed());
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    private static double norm(Set<String> terms, Map<String, Double> idf) {
        double sum = 0;
        for (String term : terms) {
            double w = idf.get(term);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** A document and its similarity to the query, 0 (nothing shared) to 1 (same terms). */
    public record Match<K>(K key, double score) {
    }
}
