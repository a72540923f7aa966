package dev.marketingops.feedback.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP receiver for alert webhooks (JDK HttpServer on 127.0.0.1): {@code /hooks/ops} answers 204,
 * {@code /hooks/down} always 503. It records every request, and configures the app's two webhooks to point at it.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String OPS_SECRET = "test-webhook-secret-ops";
    public static final String DOWN_SECRET = "test-webhook-secret-down";

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
            exchange.sendResponseHeaders(path.endsWith("/down") ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/";
        return Map.of(
                "marketingops.feedback.alerts.webhooks.endpoints.ops.url", base + "ops",
                "marketingops.feedback.alerts.webhooks.endpoints.ops.secret", OPS_SECRET,
                "marketingops.feedback.alerts.webhooks.endpoints.down.url", base + "down",
                "marketingops.feedback.alerts.webhooks.endpoints.down.secret", DOWN_SECRET);
    }

    @Override
    public void stop() {
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
