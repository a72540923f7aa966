package dev.marketingops.e2e.benchmarks;

import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.stack.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** REST reads on all four services (one resource each, some threads per service) until a deadline or {@link #stop()}. */
final class ReadLoad {

    private final ExecutorService pool;
    private final List<Future<?>> running = new ArrayList<>();
    private final Map<String, AtomicLong> answered = new LinkedHashMap<>();
    private final Map<String, AtomicLong> failed = new LinkedHashMap<>();
    private volatile long deadline;

    private ReadLoad(int threads, long deadline) {
        this.pool = Executors.newFixedThreadPool(threads);
        this.deadline = deadline;
    }

    /** Starts {@code readersPerService} readers per service on the company's product, campaign, KPIs and NPS. */
    static ReadLoad start(LocalStack stack, SampleCompany company, String launchId, String campaignId,
            int readersPerService, Duration atMost) {
        Map<String, String> reads = Map.of(
                "roadmap-service", "/api/v1/products/" + company.productId(),
                "campaign-service", "/api/v1/campaigns/" + campaignId,
                "metrics-service", "/api/v1/kpis?campaignId=" + campaignId,
                "feedback-service", "/api/v1/nps?launchId=" + launchId);
        ReadLoad load = new ReadLoad(readersPerService * reads.size(), System.nanoTime() + atMost.toNanos());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = stack.token("viewer");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            AtomicLong ok = load.answered.computeIfAbsent(read.getKey(), k -> new AtomicLong());
            AtomicLong bad = load.failed.computeIfAbsent(read.getKey(), k -> new AtomicLong());
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(read.getKey()) + read.getValue()))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < readersPerService; i++) {
                load.running.add(load.pool.submit(() -> load.readUntilDeadline(http, request, ok, bad)));
            }
        }
        return load;
    }

    /** Ends the reads now (else they end at the deadline). */
    void stop() {
        deadline = System.nanoTime();
    }

    /** Waits for every reader to end and describes what they got. */
    String awaitEnd() throws Exception {
        for (Future<?> reader : running) {
            reader.get();
        }
        pool.shutdown();
        return "answered " + answered + ", failed " + failed;
    }

    private void readUntilDeadline(HttpClient http, HttpRequest request, AtomicLong ok, AtomicLong bad) {
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                (status == 200 ? ok : bad).incrementAndGet();
            } catch (Exception e) {
                bad.incrementAndGet();
            }
        }
    }
}
