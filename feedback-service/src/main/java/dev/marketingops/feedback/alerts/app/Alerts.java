package dev.marketingops.feedback.alerts.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.feedback.alerts.domain.AlertConfig;
import dev.marketingops.feedback.alerts.domain.WebhookConfig;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Raises an alert: its event goes to the outbox and one delivery per configured webhook to the webhook queue, in the
 * caller's transaction, so an alert is either announced and queued for every receiver or not at all (no dual write).
 */
@ApplicationScoped
public class Alerts {

    private final Outbox outbox;
    private final WebhookDeliveries deliveries;
    private final WebhookConfig webhooks;
    private final ObjectMapper json;
    private final Clock clock;

    public Alerts(Outbox outbox, WebhookDeliveries deliveries, AlertConfig config, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.webhooks = config.webhooks();
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID raise(EventPayload alert) {
        UUID eventId = outbox.emit(alert);
        if (webhooks.endpoints().isEmpty()) {
            return eventId;
        }
        String type = EventCatalog.forPayload(alert.getClass()).type();
        Instant now = clock.instant();
        String body = body(eventId, type, alert, now);
        webhooks.endpoints().keySet().forEach(name -> deliveries.add(name, eventId, type, body, now));
        return eventId;
    }

    /** The webhook body: the event's id (also the idempotency id), type, time and payload; alerts hold no personal data. */
    private String body(UUID eventId, String type, EventPayload alert, Instant now) {
        ObjectNode body = json.createObjectNode();
        body.put("id", eventId.toString());
        body.put("type", type);
        body.put("time", now.toString());
        body.set("data", json.valueToTree(alert));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert not serialisable: " + type, e);
        }
    }
}
