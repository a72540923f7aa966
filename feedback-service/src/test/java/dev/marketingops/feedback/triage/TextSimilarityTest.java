package dev.marketingops.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.triage.domain.TextSimilarity;
import dev.marketingops.feedback.triage.domain.TextSimilarity.Match;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TF-IDF cosine: same terms score 1, shared rare terms beat shared common ones, nothing shared is left out. */
class TextSimilarityTest {

    @Test
    void ranksByWeightedOverlap() {
        Map<String, Set<String>> docs = Map.of(
                "same", Set.of("export", "pdf"),
                "rare", Set.of("pdf", "report"),
                "common", Set.of("export", "report", "csv"),
                "common2", Set.of("export", "dashboard"),
                "none", Set.of("dark", "mode"));
        List<Match<String>> ranked = TextSimilarity.rank(Set.of("export", "pdf"), docs, 0.01, 10);
        assertThat(ranked).extracting(Match::key).containsExactly("same", "rare", "common2", "common");
        assertThat(ranked.get(0).score()).isEqualTo(1.0);
        assertThat(TextSimilarity.rank(Set.of("export", "pdf"), docs, 0.01, 2)).hasSize(2);
        assertThat(TextSimilarity.rank(Set.of(), docs, 0.0, 10)).isEmpty();
    }
}
