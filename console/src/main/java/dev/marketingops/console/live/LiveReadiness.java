package dev.marketingops.console.live;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the live feed holds its partitions: from then on no event is missed by open pages. */
@Readiness
@ApplicationScoped
public class LiveReadiness implements HealthCheck {

    private final LiveFeed feed;

    public LiveReadiness(LiveFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("live-feed").status(feed.ready()).withData("group", feed.group()).build();
    }
}
