package dev.marketingops.feedback.alerts.app;

import dev.marketingops.feedback.alerts.domain.AlertConfig;
import dev.marketingops.feedback.alerts.domain.WebhookConfig;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.Delivery;
import dev.marketingops.feedback.alerts.domain.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends queued alert deliveries to their webhooks, at least once: signed, with the event id as Idempotency-Key,
 * retried with exponential backoff, dead-lettered after the last attempt. Rows are claimed with a lease, so the HTTP
 * call holds no database lock and a crashed attempt is simply tried again when the lease ends.
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
    private ScheduledExecutorService poller;

    public WebhookDispatcher(WebhookDeliveries deliveries, AlertConfig alerts, Clock clock) {
        this.deliveries = deliveries;
        this.config = alerts.webhooks();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void start(@Observes StartupEvent started) {
        if (config.endpoints().isEmpty()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "webhook-dispatcher"));
        long every = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void poll() {
        try {
            deliverDue(clock.instant());
        } catch (RuntimeException e) {
            // The next poll tries again; a failing poll must not end the schedule.
            LOG.warnf("webhook poll failed: %s", e.toString());
        }
    }

    /**
     * Makes one attempt at up to a batch of deliveries due at {@code now} (moved on by the time the attempts take);
     * answers how many were attempted. Each is claimed on its own with a lease covering one attempt: a batch claimed
     * at once outlived its lease behind slow receivers, and another replica sent the rest again meanwhile.
     */
    public int deliverDue(Instant now) {
        Instant started = clock.instant();
        Duration lease = config.timeout().multipliedBy(3);
        int attempted = 0;
        while (attempted < config.batchSize()) {
            Instant at = now.plus(Duration.between(started, clock.instant()));
            List<Delivery> claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(at, at.plus(lease), 1));
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
        WebhookConfig.Endpoint endpoint = config.endpoints().get(delivery.webhook());
        String error = endpoint == null ? "webhook '" + delivery.webhook() + "' is no longer configured" : send(endpoint, delivery, now);
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

    /** Null on a 2xx answer, otherwise what went wrong. */
    private String send(WebhookConfig.Endpoint endpoint, Delivery delivery, Instant now) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header(IDEMPOTENCY_HEADER, delivery.eventId().toString())
                    .header(EVENT_TYPE_HEADER, delivery.eventType())
                    .header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.secret(), now.getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
