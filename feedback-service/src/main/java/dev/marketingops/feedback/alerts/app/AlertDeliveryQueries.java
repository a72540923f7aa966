package dev.marketingops.feedback.alerts.app;

import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.DeliveryRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Read side of the webhook queue, for the deliveries and dead-letter listing. */
@ApplicationScoped
public class AlertDeliveryQueries {

    private final WebhookDeliveries deliveries;

    public AlertDeliveryQueries(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional
    public List<DeliveryRecord> list(String status, UUID eventId, int page, int size) {
        return deliveries.list(status, eventId, page, size);
    }

    @Transactional
    public long count(String status, UUID eventId) {
        return deliveries.count(status, eventId);
    }
}
