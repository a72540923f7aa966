package dev.marketingops.metrics.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness DOWN while the activity stream is stalled ({@link StreamProgress}), with why the last attempt failed. */
@Readiness
@ApplicationScoped
public class ActivityStreamReadiness implements HealthCheck {

    private final StreamProgress progress;

    public ActivityStreamReadiness(StreamProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        Duration since = progress.sinceProgress();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("marketing.activity stream")
                .status(!progress.stalled())
                .withData("secondsSinceProgress", since.toSeconds())
                .withData("stallAfterSeconds", progress.stallAfter().toSeconds());
        String problem = progress.lastProblem();
        if (problem != null) {
            answer.withData("lastProblem", problem.length() > 500 ? problem.substring(0, 500) : problem);
        }
        return answer.build();
    }
}
