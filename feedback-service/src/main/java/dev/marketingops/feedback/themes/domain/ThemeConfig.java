package dev.marketingops.feedback.themes.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How feedback texts group into semantic themes. */
@ConfigMapping(prefix = "marketingops.feedback.themes")
public interface ThemeConfig {

    /**
     * A text joins the nearest theme when the cosine similarity of its sentence vector to the theme's centroid is at
     * least this; otherwise it starts a theme. Chosen with the paraphrase sets of {@code ParaphraseSimilarityTest}
     * (paraphrases 0.46–0.74 to their set, unrelated texts at most 0.30), then checked on the unseen sets of
     * {@code SemanticThemesTest}.
     */
    @WithDefault("0.4")
    double joinAt();

    /** How often the in-memory centroids are reloaded from PostgreSQL (themes other replicas started or erasure emptied). */
    @WithDefault("PT1M")
    Duration refreshInterval();

    /** Representative quotes per theme in a ranking. */
    @WithDefault("3")
    int quotes();
}
