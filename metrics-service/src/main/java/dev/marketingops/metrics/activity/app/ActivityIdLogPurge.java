package dev.marketingops.metrics.activity.app;

import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Registers the activity id log with the shared retention purge: rows older than the dedup horizon go. */
@ApplicationScoped
public class ActivityIdLogPurge {

    public static final String RULE = "activity-id-log";

    @Produces
    @Singleton
    RetentionRule activityIdLog(ActivitySettings settings) {
        return new RetentionRule(RULE, "activity_id_log", "counted_at", settings.dedupHorizon());
    }
}
