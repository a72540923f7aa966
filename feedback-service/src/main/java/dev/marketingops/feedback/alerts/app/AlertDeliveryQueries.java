package dev.marketingops.feedback.alerts.app;

import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.DeliveryRecord;
import dev.marketingops.plumbing.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Read side of the webhook queue, for the deliveries and dead-letter listing. */
@ApplicationScoped
public class AlertDeliveryQueries {

    private final WebhookDeliveries deliveries;

    public AlertDeliveryQueries(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Deliveries newest first, optionally of one status or one event, with how many match in all. */
    @Transactional
    public Page<DeliveryRecord> list(String status, UUID eventId, int page, int size) {
        return new Page<>(deliveries.list(status, eventId, page, size), page, size, deliveries.count(status, eventId));
    }
}
