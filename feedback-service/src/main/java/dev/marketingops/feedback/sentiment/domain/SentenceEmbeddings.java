package dev.marketingops.feedback.sentiment.domain;

import dev.langchain4j.data.segment.TextSegment;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a text into a 384-dimensional unit vector (all-MiniLM-L6-v2, in-process, nothing downloaded): texts that mean
 * the same lie close together. Sentiment is read from it, and themes group by it; one embedding per text serves both.
 */
@Startup
@ApplicationScoped
public class SentenceEmbeddings {

    public static final int DIMENSION = 384;
    /** LangChain4j's quantised all-MiniLM-L6-v2; the unquantised one scored no better on the tuning part (see README). */
    static final String MODEL = "all-minilm-l6-v2-q";

    private final SentimentConfig config;
    private final MiniLmModel model;

    public SentenceEmbeddings(SentimentConfig config) {
        this.config = config;
        this.model = new MiniLmModel(MODEL, config.inferenceThreads());
    }

    /** The text's unit vector; empty for a blank text or a language the model does not read. */
    public Optional<float[]> embed(String text, Locale locale) {
        if (text == null || text.isBlank() || !reads(locale)) {
            return Optional.empty();
        }
        String head = text.length() > config.maxChars() ? text.substring(0, config.maxChars()) : text;
        return Optional.of(unit(model.embed(TextSegment.from(head)).content().vector()));
    }

    public boolean reads(Locale locale) {
        String language = locale.getLanguage();
        return config.languages().contains(language.isEmpty() ? "en" : language);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
