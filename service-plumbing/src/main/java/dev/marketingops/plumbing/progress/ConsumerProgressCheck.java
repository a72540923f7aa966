package dev.marketingops.plumbing.progress;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness DOWN while any consumer stream is stalled, naming it, how long its work has waited and what holds it. */
@Readiness
@ApplicationScoped
public class ConsumerProgressCheck implements HealthCheck {

    private final ConsumerProgress progress;

    public ConsumerProgressCheck(ConsumerProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("consumer-progress").up();
        for (ConsumerStream stream : progress.streams()) {
            String cause = stream.holdUp(); // read once: the consumer thread may clear it meanwhile
            String holdUp = cause == null ? "" : " (" + cause + ")";
            if (stream.stalled()) {
                response.down();
                response.withData(stream.name(), "stalled: work waiting " + stream.waiting().toSeconds() + " s" + holdUp);
            } else {
                response.withData(stream.name(), stream.waiting().isZero() ? "moving" : "working" + holdUp);
            }
        }
        return response.build();
    }
}
