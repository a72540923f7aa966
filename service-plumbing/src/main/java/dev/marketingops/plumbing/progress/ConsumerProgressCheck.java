package dev.marketingops.plumbing.progress;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness DOWN while any consumer stream is stalled, naming it and how long its work has waited. */
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
            if (stream.stalled()) {
                response.down();
                response.withData(stream.name(), "stalled: work waiting " + stream.waiting().toSeconds() + " s");
            } else {
                response.withData(stream.name(), stream.waiting().isZero() ? "moving" : "working");
            }
        }
        return response.build();
    }
}
