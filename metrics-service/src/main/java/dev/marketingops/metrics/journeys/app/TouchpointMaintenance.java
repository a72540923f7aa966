package dev.marketingops.metrics.journeys.app;

import dev.marketingops.metrics.journeys.domain.JourneysConfig;
import dev.marketingops.metrics.journeys.domain.TouchpointPartitions;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Keeps weekly touchpoint partitions from the retention edge to {@code partitions-ahead} ahead; drops older ones. */
@ApplicationScoped
public class TouchpointMaintenance {

    private static final Logger LOG = Logger.getLogger(TouchpointMaintenance.class);

    private final TouchpointPartitions partitions;
    private final JourneysConfig config;
    private final Clock clock;

    public TouchpointMaintenance(TouchpointPartitions partitions, JourneysConfig config, Clock clock) {
        this.partitions = partitions;
        this.config = config;
        this.clock = clock;
    }

    /** Before the activity stream starts (its observer has the default priority), so the first batch finds partitions. */
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        maintain();
    }

    @Scheduled(every = "${marketingops.metrics.journeys.maintenance-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void maintain() {
        Instant now = clock.instant();
        Instant edge = now.minus(config.retention());
        TouchpointPartitions.Maintenance done = partitions.maintain(edge, now.plus(config.partitionsAhead()), edge);
        if (!done.created().isEmpty() || !done.dropped().isEmpty()) {
            LOG.infof("Touchpoint partitions created %s, dropped %s", done.created(), done.dropped());
        }
    }
}
