package dev.marketingops.roadmap.insights.app;

import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Registers feedback tombstones with the shared retention purge, so they stay bounded. */
@ApplicationScoped
public class FeedbackTombstonePurge {

    public static final String RULE = "feedback-tombstone";

    @Produces
    @Singleton
    RetentionRule feedbackTombstones(InsightSettings settings) {
        return new RetentionRule(RULE, "feedback_tombstone", "recorded_at", settings.tombstoneRetention());
    }
}
