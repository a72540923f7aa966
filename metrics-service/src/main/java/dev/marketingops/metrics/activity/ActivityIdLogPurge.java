package dev.marketingops.metrics.activity;

import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the activity id log with the shared retention purge: rows older than the dedup horizon go. */
@ApplicationScoped
public class ActivityIdLogPurge {

    public static final String RULE = "activity-id-log";

    @Produces
    @Singleton
    RetentionRule activityIdLog(@ConfigProperty(name = "marketingops.activity.dedup-horizon") Duration horizon) {
        return new RetentionRule(RULE, "activity_id_log", "counted_at", horizon);
    }
}
