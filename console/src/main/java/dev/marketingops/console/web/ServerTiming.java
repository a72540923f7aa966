package dev.marketingops.console.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Answers every request with a {@code Server-Timing: app;dur=<ms>} header: the time from the request's arrival to its
 * headers going out, which for a page is after its service calls and its rendering. Browsers' developer tools show
 * it, and the page benchmark reads it, so server time is measured where it is spent.
 */
@ApplicationScoped
public class ServerTiming {

    void measure(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            long start = System.nanoTime();
            rc.addHeadersEndHandler(v -> rc.response().putHeader("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - start) / 1e6)));
            rc.next();
        });
    }
}
