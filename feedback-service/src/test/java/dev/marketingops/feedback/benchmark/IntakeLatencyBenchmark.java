package dev.marketingops.feedback.benchmark;

import static dev.marketingops.feedback.support.FeedbackApi.review;

import dev.marketingops.feedback.support.FixedClock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Benchmark: a review's round trip (redact, analyse, store, outbox, figures) through REST; prints p50/p99/max. */
@QuarkusTest
@Tag("benchmark")
class IntakeLatencyBenchmark {

    static final int SUBMISSIONS = 100;

    @Test
    void reviewRoundTripThroughRest() {
        UUID product = UUID.randomUUID();
        review(product, "Warm-up: the first call pays for class loading", FixedClock.RECENTLY);
        List<Long> millis = new ArrayList<>(SUBMISSIONS);
        for (int i = 0; i < SUBMISSIONS; i++) {
            long start = System.nanoTime();
            review(product, "The checkout is slow and crashed twice; mail jane@example.com or call +49 30 1234567 #" + i, FixedClock.RECENTLY);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        long p50 = millis.get(SUBMISSIONS / 2);
        long p99 = millis.get(SUBMISSIONS * 99 / 100 - 1);
        System.out.printf("POST /api/v1/feedback (REVIEW) round trip over %d calls: p50 %d ms, p99 %d ms, max %d ms%n",
                SUBMISSIONS, p50, p99, millis.get(SUBMISSIONS - 1));
    }
}
