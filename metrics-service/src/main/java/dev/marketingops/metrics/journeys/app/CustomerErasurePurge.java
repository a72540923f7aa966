package dev.marketingops.metrics.journeys.app;

import dev.marketingops.metrics.journeys.domain.JourneysConfig;
import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Registers the erasure records with the shared retention purge: one older than the touchpoint retention can concern
 * no touchpoint any more (the writer stores none that old), so it goes then instead of being kept forever.
 */
@ApplicationScoped
public class CustomerErasurePurge {

    public static final String RULE = "customer-erasure";

    @Produces
    @Singleton
    RetentionRule customerErasure(JourneysConfig config) {
        return new RetentionRule(RULE, "customer_erasure", "erased_at", config.retention());
    }
}
