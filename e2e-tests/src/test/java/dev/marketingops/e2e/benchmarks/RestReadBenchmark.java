package dev.marketingops.e2e.benchmarks;

import dev.marketingops.e2e.support.RunningStack;
import dev.marketingops.e2e.support.SampleCompany;
import dev.marketingops.infra.CpuYardstick;
import dev.marketingops.stack.LocalStack;
import dev.marketingops.stack.ServiceProcess;
import dev.marketingops.stack.StackService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * REST reads against a bare Quarkus Panache app in the same run (issue #13): 32 connections, 15 s per target, three
 * rounds alternating bare app, {@code GET /products/{id}} and {@code GET /campaigns/{id}} after a 60 s warm-up of
 * each; prints requests/s, p50/p99, CPU per request in the JVM (split by thread kind) and in PostgreSQL, the JIT's work
 * and each ratio.
 */
@Tag("benchmark")
class RestReadBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("rest.connections", 32);
    private static final Duration ROUND = Duration.ofSeconds(Long.getLong("rest.seconds", 15));
    // The same unmeasured load for every target first. 30 s was too short on 2 busy cores: C2 had not worked through
    // the services' hot methods when it ended, and HotSpot drops a queued compile whose method goes idle for 50 ms
    // (TieredCompileTaskTimeout), so round 1 compiled them again (docs/benchmarks.md). Each line prints the JIT's work.
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("rest.warm-up-seconds", 60));
    private static final int ROUNDS = Integer.getInteger("rest.rounds", 3);
    private static final StackService BASELINE = new StackService("benchmarks/rest-baseline", "rest_baseline", 0);

    /** One target: the request and the process serving it. */
    private record Target(String name, HttpRequest request, long pid) {
    }

    /** One round's figures for a target. */
    private record Figures(double perSecond, double p50Ms, double p99Ms, double jvmMicros, double dbMicros, long failed,
                           JitWork jit, String threads) {
    }

    @Test
    void servicesAgainstTheBareApp() throws Exception {
        // Only what the reads need: at load 40 a full stack's start starved feedback-service of database connections.
        LocalStack stack = RunningStack.getWith(Set.of("roadmap-service", "campaign-service"));
        try {
            measure(stack);
        } finally {
            RunningStack.releasePartial();
        }
    }

    private static void measure(LocalStack stack) throws Exception {
        // The same single-threaded work as the ingest benchmark's: a machine in a slower state shows as such.
        System.out.printf("[rest] %s (load %s)%n", CpuYardstick.measure(), ServiceMemoryBenchmark.loadAverage());
        ServiceProcess bare = stack.startApp(BASELINE);
        SampleCompany company = SampleCompany.create();
        String campaignId = company.scheduledLaunchCampaign();
        String token = "Bearer " + stack.token("viewer");
        List<Target> targets = List.of(
                new Target("bare app GET /products/{id}", get(bare.url() + "/products/00000000-0000-0000-0000-000000000001", null), bare.pid()),
                new Target("roadmap GET /api/v1/products/{id}", get(stack.url("roadmap-service") + "/api/v1/products/"
                        + company.productId(), token), stack.service("roadmap-service").pid()),
                new Target("campaign GET /api/v1/campaigns/{id}", get(stack.url("campaign-service") + "/api/v1/campaigns/"
                        + campaignId, token), stack.service("campaign-service").pid()));
        long postmaster = postmaster(stack);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            for (Target target : targets) {
                Figures warm = load(http, pool, target, WARM_UP, postmaster);
                System.out.printf("[rest] warm-up %d s %-38s %,8.0f req/s (not counted)  JIT %d compiles, %.1f s  (load %s)%n",
                        WARM_UP.toSeconds(), target.name(), warm.perSecond(), warm.jit().compiles(),
                        warm.jit().compileSeconds(), ServiceMemoryBenchmark.loadAverage());
            }
            Map<String, List<Figures>> results = new LinkedHashMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                for (Target target : targets) {
                    Figures figures = load(http, pool, target, ROUND, postmaster);
                    results.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(figures);
                    System.out.printf("[rest] round %d %-38s %,8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  CPU/request: "
                                    + "JVM %4.0f µs (%s), PostgreSQL %4.0f µs  failed %d  JIT %d compiles, %.1f s  (load %s)%n",
                            round, target.name(), figures.perSecond(), figures.p50Ms(), figures.p99Ms(),
                            figures.jvmMicros(), figures.threads(), figures.dbMicros(), figures.failed(),
                            figures.jit().compiles(), figures.jit().compileSeconds(), ServiceMemoryBenchmark.loadAverage());
                }
            }
            print(results, targets);
        } finally {
            pool.shutdownNow();
            bare.stop();
        }
    }

    private static void print(Map<String, List<Figures>> results, List<Target> targets) {
        List<Figures> baseline = results.get(targets.get(0).name());
        for (Target target : targets.subList(1, targets.size())) {
            List<Figures> own = results.get(target.name());
            StringBuilder line = new StringBuilder("[rest] " + target.name() + " vs bare app per round: ");
            for (int i = 0; i < own.size(); i++) {
                line.append(String.format("%.2f× req/s, p99 %.2f×; ", own.get(i).perSecond() / baseline.get(i).perSecond(),
                        own.get(i).p99Ms() / baseline.get(i).p99Ms()));
            }
            System.out.println(line.append("(goal: ≥ 0.75× req/s, p99 ≤ 1.3×)"));
        }
    }

    /** CONNECTIONS threads sending the request back to back for the duration; the CPU both processes used meanwhile. */
    private static Figures load(HttpClient http, ExecutorService pool, Target target, Duration duration, long postmaster)
            throws Exception {
        JitWork jit0 = JitWork.of(target.pid());
        double jvm0 = ProcessCpu.of(target.pid());
        ThreadCpu threads0 = ThreadCpu.of(target.pid());
        double db0 = ProcessCpu.withChildren(postmaster);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            workers.add(pool.submit(() -> send(http, target.request(), deadline)));
        }
        List<long[]> latencies = new ArrayList<>();
        long failed = 0;
        for (Future<long[]> worker : workers) {
            long[] own = worker.get();
            failed += own[0];
            latencies.add(Arrays.copyOfRange(own, 1, own.length));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double jvm = ProcessCpu.of(target.pid()) - jvm0;
        double db = ProcessCpu.withChildren(postmaster) - db0;
        JitWork jit = JitWork.of(target.pid()).since(jit0);
        String threads = ThreadCpu.of(target.pid()).since(threads0).perRequest(all.length);
        long answered = Math.max(1, all.length);
        return new Figures(all.length / seconds, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6,
                jvm / answered * 1e6, db / answered * 1e6, failed, jit, threads);
    }

    /** [failures, latency ns...] of one connection's requests; only 200 answers count as answered. */
    private static long[] send(HttpClient http, HttpRequest request, long deadline) {
        long[] latencies = new long[1 << 16];
        int n = 1;
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                if (status != 200) {
                    latencies[0]++;
                    continue;
                }
            } catch (Exception e) {
                latencies[0]++;
                continue;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static HttpRequest get(String url, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.header("Accept", "application/json").build();
    }

    /** The stack's postmaster: the parent of this session's backend. */
    private static long postmaster(LocalStack stack) throws Exception {
        try (Connection connection = stack.postgres().connect("postgres");
             ResultSet row = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            row.next();
            return ProcessCpu.parent(row.getLong(1));
        }
    }
}
