package dev.marketingops.feedback.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP receiver for alert webhooks (JDK HttpServer on 127.0.0.1): {@code /hooks/ops} answers 204,
 * {@code /hooks/down} always 503, {@code /hooks/slow} 204 unless told to {@link #holdAnswerTo hold} an event's answer
 * open. It records every request, and configures the app's three webhooks to point at it.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String OPS_SECRET = "test-webhook-secret-ops";
    public static final String DOWN_SECRET = "test-webhook-secret-down";
    public static final String SLOW_SECRET = "test-webhook-secret-slow";

    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            RECEIVED.add(new Received(path, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-MarketingOps-Signature"),
                    exchange.getRequestHeaders().getFirst("X-MarketingOps-Event"), body));
            if (path.endsWith("/slow") && HELD.contains(exchange.getRequestHeaders().getFirst("Idempotency-Key"))) {
                hold(exchange);
                return;
            }
            exchange.sendResponseHeaders(path.endsWith("/down") ? 503 : 204, -1);
            exchange.close();
        });
        // A held answer keeps its handler thread; the others must not wait for it.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/";
        return Map.of(
                "marketingops.feedback.alerts.webhooks.endpoints.ops.url", base + "ops",
                "marketingops.feedback.alerts.webhooks.endpoints.ops.secret", OPS_SECRET,
                "marketingops.feedback.alerts.webhooks.endpoints.down.url", base + "down",
                "marketingops.feedback.alerts.webhooks.endpoints.down.secret", DOWN_SECRET,
                "marketingops.feedback.alerts.webhooks.endpoints.slow.url", base + "slow",
                "marketingops.feedback.alerts.webhooks.endpoints.slow.secret", SLOW_SECRET);
    }

    /** Headers and the body's first bytes at once, then nothing more until the receiver stops (at most a minute). */
    private static void hold(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write("{\"ok\":".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        try {
            STOPPED.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    /** From now on {@code /hooks/slow} holds the answer to this event open: headers sent, the body never finished. */
    public static void holdAnswerTo(String eventId) {
        HELD.add(eventId);
    }

    /** Answers to this event at once again (later retries in other tests need not wait). */
    public static void answerAtOnceTo(String eventId) {
        HELD.remove(eventId);
    }

    @Override
    public void stop() {
        STOPPED.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    /** Everything received so far, oldest first. */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    /** One request as the receiver saw it. */
    public record Received(String path, String idempotencyKey, String signature, String eventType, byte[] body) {
    }
}
