package dev.marketingops.feedback.benchmark;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.sentiment.domain.SentenceEmbeddings;
import dev.marketingops.feedback.sentiment.domain.SentimentClassifier;
import dev.marketingops.feedback.sentiment.domain.SentimentConfig;
import dev.marketingops.feedback.themes.app.ThemeCommands;
import dev.marketingops.feedback.themes.domain.ThemeIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark: what sentiment and themes add to intake per text (sentence vector, classifier, nearest theme, the theme
 * join's insert and its trigger in PostgreSQL), timed inside the intake's kind of transaction over the 660 labelled
 * texts after a warm-up; then the JVM's resident memory with the model loaded.
 */
@QuarkusTest
@Tag("benchmark")
class AnalysisLatencyBenchmark {

    @Inject
    SentenceEmbeddings embeddings;
    @Inject
    SentimentClassifier classifier;
    @Inject
    ThemeCommands themes;
    @Inject
    ThemeIndex index;
    @Inject
    EntityManager em;
    @Inject
    SentimentConfig config;

    @Test
    void sentimentAndThemesPerTextAtIntake() throws IOException {
        List<String> texts = new ArrayList<>(texts("sentiment/en/tuning.tsv"));
        texts.addAll(texts("sentiment/en/heldout.tsv"));
        UUID product = UUID.randomUUID();
        for (int i = 0; i < 50; i++) {
            analyse(product, texts.get(i));
        }
        List<Double> millis = new ArrayList<>();
        List<Double> modelMillis = new ArrayList<>();
        for (String text : texts) {
            double[] took = analyse(product, text);
            millis.add(took[0]);
            modelMillis.add(took[1]);
        }
        Collections.sort(millis);
        Collections.sort(modelMillis);
        System.out.printf(Locale.ROOT, "Sentiment + themes per text at intake over %d texts (%d themes in the index): p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " of which sentence vector + classifier p50 %.1f ms, p99 %.1f ms%n", texts.size(), index.size(),
                millis.get(millis.size() / 2), millis.get(millis.size() * 99 / 100), millis.get(millis.size() - 1),
                modelMillis.get(modelMillis.size() / 2), modelMillis.get(modelMillis.size() * 99 / 100));
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        String status = Files.readString(Path.of("/proc/self/status"));
        System.out.printf(Locale.ROOT, "Test JVM (Quarkus app + test harness, -Xmx768m) with the model loaded: %s, %s, heap used after GC %d MB%n",
                line(status, "VmRSS"), line(status, "VmHWM"), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        // What one more copy of the model costs in resident memory: its ONNX session, tokenizer and their arenas.
        long before = kilobytes(Files.readString(Path.of("/proc/self/status")), "VmRSS");
        SentenceEmbeddings second = new SentenceEmbeddings(config);
        texts.subList(0, 200).forEach(text -> second.embed(text, Locale.ENGLISH));
        long after = kilobytes(Files.readString(Path.of("/proc/self/status")), "VmRSS");
        System.out.printf(Locale.ROOT, "A second copy of the model, loaded and run on 200 texts, adds %d MB of RSS%n", (after - before) >> 10);
        System.out.printf("Load average: %s", Files.readString(Path.of("/proc/loadavg")));
    }

    /** Milliseconds for all of it and for the model part alone; the feedback row is written first, as intake does. */
    private double[] analyse(UUID product, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Feedback feedback = new Feedback();
            feedback.id = UUID.randomUUID();
            feedback.type = FeedbackType.REVIEW;
            feedback.redactedText = text;
            feedback.productId = product;
            feedback.channel = Channel.WEB;
            feedback.locale = "en";
            feedback.submittedAt = Instant.parse("2025-03-01T00:00:00Z");
            feedback.receivedAt = feedback.submittedAt;
            feedback.customerHash = "benchmark";
            feedback.customerKeyId = "benchmark";
            feedback.persist();
            em.flush();
            long start = System.nanoTime();
            float[] vector = embeddings.embed(text, Locale.ENGLISH).orElseThrow();
            feedback.sentiment = classifier.classify(text, Locale.ENGLISH, vector).score();
            long model = System.nanoTime();
            themes.join(feedback.id, vector);
            em.flush();
            long end = System.nanoTime();
            return new double[] {(end - start) / 1e6, (model - start) / 1e6};
        });
    }

    private static long kilobytes(String status, String key) {
        return Long.parseLong(line(status, key).replaceAll("[^0-9]", ""));
    }

    private static String line(String status, String key) {
        return status.lines().filter(l -> l.startsWith(key)).findFirst().orElse(key + ": ?").replaceAll("\\s+", " ");
    }

    private static List<String> texts(String resource) throws IOException {
        try (InputStream in = AnalysisLatencyBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2)[1]).toList();
        }
    }
}
