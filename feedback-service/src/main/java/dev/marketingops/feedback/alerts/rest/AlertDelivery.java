package dev.marketingops.feedback.alerts.rest;

import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.DeliveryRecord;
import java.time.Instant;
import java.util.UUID;

/** One alert's delivery to one webhook, as listed. */
public record AlertDelivery(UUID id, String webhook, UUID eventId, String eventType, String status, int attempts,
                            Instant nextAttemptAt, String lastError, Instant createdAt, Instant finishedAt) {

    static AlertDelivery of(DeliveryRecord r) {
        return new AlertDelivery(r.id(), r.webhook(), r.eventId(), r.eventType(), r.status(), r.attempts(),
                "PENDING".equals(r.status()) ? r.nextAttemptAt() : null, r.lastError(), r.createdAt(), r.finishedAt());
    }
}
