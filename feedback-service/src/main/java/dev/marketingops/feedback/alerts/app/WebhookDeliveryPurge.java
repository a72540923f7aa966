package dev.marketingops.feedback.alerts.app;

import dev.marketingops.feedback.alerts.domain.AlertConfig;
import dev.marketingops.plumbing.retention.RetentionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Registers finished webhook deliveries (delivered or dead, with their payloads) with the shared retention purge. */
@ApplicationScoped
public class WebhookDeliveryPurge {

    public static final String RULE = "webhook-delivery";

    /** Pending rows have no finished_at and are never purged. */
    @Produces
    @Singleton
    RetentionRule finishedDeliveries(AlertConfig config) {
        return new RetentionRule(RULE, "webhook_delivery", "finished_at", config.webhooks().retention());
    }
}
