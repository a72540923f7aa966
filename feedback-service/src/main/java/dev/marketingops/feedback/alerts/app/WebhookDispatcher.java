package dev.marketingops.feedback.alerts.app;

import dev.marketingops.feedback.alerts.domain.AlertConfig;
import dev.marketingops.feedback.alerts.domain.WebhookConfig;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.Delivery;
import dev.marketingops.feedback.alerts.domain.WebhookSignature;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Sends queued alert deliveries to their webhooks, at least once: signed, with the event id as Idempotency-Key,
 * retried with exponential backoff, dead-lettered after the last attempt. Rows are claimed with a lease, so the HTTP
 * call holds no database lock and a crashed attempt is simply tried again when the lease ends. Each webhook has its
 * own lane (thread and claims) and each attempt one deadline, so a slow or silent receiver delays only its own.
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String EVENT_TYPE_HEADER = "X-MarketingOps-Event";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, URI> targets;
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private ScheduledExecutorService poller;

    public WebhookDispatcher(WebhookDeliveries deliveries, AlertConfig alerts, Clock clock, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.config = alerts.webhooks();
        this.clock = clock;
        this.targets = targets(config.endpoints());
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        Gauge.builder("marketingops.feedback.webhooks.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest alert webhook delivery neither delivered nor dead yet")
                .register(registry);
    }

    /**
     * Every webhook's URL, parsed; refuses any that is not an absolute http(s) URL, naming the key but not the value
     * (for Slack-style hooks the URL is the secret).
     */
    static Map<String, URI> targets(Map<String, WebhookConfig.Endpoint> endpoints) {
        Map<String, URI> targets = new TreeMap<>();
        endpoints.forEach((name, endpoint) -> {
            URI url = parsed(endpoint.url());
            if (url == null || url.getHost() == null || !("http".equalsIgnoreCase(url.getScheme())
                    || "https".equalsIgnoreCase(url.getScheme()))) {
                throw new IllegalStateException("marketingops.feedback.alerts.webhooks.endpoints." + name
                        + ".url is not an absolute http(s) URL with a host (value not shown: it may hold a token)");
            }
            targets.put(name, url);
        });
        return Map.copyOf(targets);
    }

    private static URI parsed(String url) {
        try {
            return url == null ? null : new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    void start(@Observes StartupEvent started) {
        // Even with no webhook configured: rows queued for webhooks since removed must still end, as dead letters.
        List<Optional<String>> lanes = lanes();
        AtomicInteger threads = new AtomicInteger();
        poller = Executors.newScheduledThreadPool(lanes.size() + 1, r -> new Thread(r, "webhook-dispatcher-" + threads.incrementAndGet()));
        long every = config.pollInterval().toMillis();
        lanes.forEach(lane -> poller.scheduleWithFixedDelay(() -> poll(lane), every, every, TimeUnit.MILLISECONDS));
        poller.scheduleWithFixedDelay(this::measure, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** One lane per configured webhook, and one (empty) for deliveries to webhooks no longer configured. */
    private List<Optional<String>> lanes() {
        List<Optional<String>> lanes = new ArrayList<>();
        targets.keySet().forEach(name -> lanes.add(Optional.of(name)));
        lanes.add(Optional.empty());
        return lanes;
    }

    private void poll(Optional<String> lane) {
        try {
            deliverDue(lane, clock.instant());
        } catch (RuntimeException e) {
            // The next poll tries again; a failing poll must not end the schedule.
            LOG.warnf("webhook poll of %s failed: %s", lane.orElse("unconfigured webhooks"), e.toString());
        }
    }

    private void measure() {
        try {
            Instant now = clock.instant();
            Optional<Instant> oldest = QuarkusTransaction.requiringNew().call(deliveries::oldestPending);
            oldestPendingSeconds.set(oldest.map(t -> Math.max(0, Duration.between(t, now).toSeconds())).orElse(0L));
        } catch (RuntimeException e) {
            LOG.warnf("webhook backlog not measured: %s", e.toString());
        }
    }

    /**
     * Makes one attempt at up to a batch of deliveries per webhook due at {@code now}, the webhooks side by side, and
     * answers how many were attempted; returns once every webhook's batch is done.
     */
    public int deliverDue(Instant now) {
        List<Optional<String>> lanes = lanes();
        ExecutorService side = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Callable<Integer>> batches = lanes.stream().map(lane -> (Callable<Integer>) () -> deliverDue(lane, now)).toList();
            int attempted = 0;
            for (Future<Integer> batch : side.invokeAll(batches)) {
                attempted += batch.get();
            }
            return attempted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("webhook delivery failed", e.getCause());
        } finally {
            side.shutdownNow();
        }
    }

    /**
     * One webhook's batch (an empty lane: deliveries to webhooks no longer configured), at {@code now} moved on by the
     * time the attempts take. Each is claimed on its own with a lease covering one attempt: a batch claimed at once
     * outlived its lease behind slow receivers, and another replica sent the rest again meanwhile.
     */
    private int deliverDue(Optional<String> lane, Instant now) {
        Instant started = clock.instant();
        Duration lease = config.timeout().multipliedBy(3);
        int attempted = 0;
        while (attempted < config.batchSize()) {
            Instant at = now.plus(Duration.between(started, clock.instant()));
            List<Delivery> claimed = QuarkusTransaction.requiringNew().call(() -> lane.isPresent()
                    ? deliveries.claimDue(lane.get(), at, at.plus(lease), 1)
                    : deliveries.claimUnconfigured(targets.keySet(), at.minus(config.unconfiguredGrace()), at,
                            at.plus(lease), 1));
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get(0), at);
            attempted++;
        }
        return attempted;
    }

    private void attempt(Delivery delivery, Instant now) {
        int attempts = delivery.attempts() + 1;
        URI url = targets.get(delivery.webhook());
        String error = url == null ? "webhook '" + delivery.webhook() + "' is no longer configured" : send(url, delivery, now);
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
            if (error == null) {
                return deliveries.delivered(delivery, attempts, now);
            } else if (attempts >= config.maxAttempts()) {
                return deliveries.dead(delivery, attempts, error, now);
            }
            return deliveries.failed(delivery, attempts, error, now.plus(backoff(attempts)));
        });
        if (!recorded) {
            LOG.infof("webhook delivery %s: the attempt outlived its lease; the attempt that took over decides", delivery.id());
        }
    }

    /** Wait after the n-th failed attempt: initial × 2^(n−1), capped; no jitter, so retries are predictable. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /**
     * Null on a 2xx answer, otherwise what went wrong: the status, the deadline, or the exception's class only (its
     * message can hold the URL). The deadline covers the whole exchange, body included; past it the exchange is cancelled.
     */
    private String send(URI url, Delivery delivery, Instant now) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_HEADER, delivery.eventId().toString())
                .header(EVENT_TYPE_HEADER, delivery.eventType())
                .header(WebhookSignature.HEADER, WebhookSignature.header(config.endpoints().get(delivery.webhook()).secret(),
                        now.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = exchange.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return "no complete answer within " + config.timeout();
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return e.getCause() == null ? "failed" : e.getCause().getClass().getSimpleName();
        }
    }
}
