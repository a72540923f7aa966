package dev.marketingops.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.themes.domain.ThemeConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import dev.marketingops.feedback.themes.domain.ThemeIndex;
import dev.marketingops.feedback.themes.domain.ThemeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With the service's model and join threshold, each paraphrase is nearer its set's centroid than the threshold, and
 * unrelated texts (or another set's paraphrases) are not: grouping in memory, without the database.
 */
@QuarkusTest
class ParaphraseSimilarityTest {

    /** The service's own beans: the tokenizer's native library binds to one class loader per JVM. */
    @Inject
    SentenceEmbeddings embeddings;
    @Inject
    ThemeConfig config;

    @Test
    void aParaphraseJoinsItsThemeAndAnUnrelatedTextDoesNot() {
        List<Double> joins = new ArrayList<>();
        List<Double> strays = new ArrayList<>();
        for (List<String> set : List.of(Paraphrases.SLOW, Paraphrases.DOUBLE_CHARGE, Paraphrases.EXPORT)) {
            for (int i = 0; i < set.size(); i++) {
                List<String> others = new ArrayList<>(set);
                String paraphrase = others.remove(i);
                ThemeIndex index = indexOf(others);
                double own = index.nearest(vector(paraphrase)).orElseThrow().similarity();
                System.out.printf("%.3f  %s%n", own, paraphrase);
                joins.add(own);
            }
            ThemeIndex index = indexOf(set);
            List<String> strangers = new ArrayList<>(Paraphrases.UNRELATED);
            for (List<String> other : List.of(Paraphrases.SLOW, Paraphrases.DOUBLE_CHARGE, Paraphrases.EXPORT)) {
                if (other != set) {
                    strangers.addAll(other);
                }
            }
            for (String stranger : strangers) {
                double similarity = index.nearest(vector(stranger)).orElseThrow().similarity();
                System.out.printf("  %.3f  stranger to '%s': %s%n", similarity, set.get(0), stranger);
                strays.add(similarity);
            }
        }
        System.out.printf("paraphrases: lowest similarity %.3f; strangers: highest %.3f; join-at %.2f%n",
                joins.stream().mapToDouble(d -> d).min().orElseThrow(), strays.stream().mapToDouble(d -> d).max().orElseThrow(), config.joinAt());
        assertThat(joins).as("every paraphrase joins its theme").allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(config.joinAt()));
        assertThat(strays).as("no unrelated text joins").allSatisfy(s -> assertThat(s).isLessThan(config.joinAt()));
    }

    private ThemeIndex indexOf(List<String> members) {
        float[] sum = new float[SentenceEmbeddings.DIMENSION];
        for (String member : members) {
            float[] v = vector(member);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += v[j];
            }
        }
        ThemeIndex index = new ThemeIndex();
        index.replace(List.of(new ThemeStore.StoredTheme(UUID.randomUUID(), sum)));
        return index;
    }

    private float[] vector(String text) {
        return embeddings.embed(text, Locale.ENGLISH).orElseThrow();
    }
}
