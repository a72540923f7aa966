package dev.marketingops.feedback.sentiment.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Which texts the sentence model reads, and how much of each. */
@ConfigMapping(prefix = "marketingops.feedback.sentiment")
public interface SentimentConfig {

    /**
     * Languages ({@code Locale.getLanguage()}) scored and grouped into themes; others get no score (null) and no theme
     * rather than a wrong English one. all-MiniLM-L6-v2 was trained on English only.
     */
    @WithDefault("en")
    Set<String> languages();

    /** Only the first characters of a long text are embedded: the model reads 256 word pieces at a time. */
    @WithDefault("2000")
    int maxChars();

    /** ONNX Runtime threads per text; one keeps a request on one core and leaves the other to the rest. */
    @WithDefault("1")
    int inferenceThreads();
}
