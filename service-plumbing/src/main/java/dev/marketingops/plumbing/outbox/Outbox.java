package dev.marketingops.plumbing.outbox;

import dev.marketingops.contracts.EventCatalog;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's transaction, so it commits or rolls back with the state change.
 * Call it after the aggregate is changed: the aggregate's row lock then orders same-key events by commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final EventCodec codec;

    public Outbox(EntityManager em, EventCodec codec) {
        this.em = em;
        this.codec = codec;
    }

    /**
     * Emits {@code payload} on its catalogued topic, keyed by its partition key. The CloudEvent is built and checked
     * against its schema here, so an invalid event fails the caller's transaction instead of reaching Kafka.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(EventPayload payload) {
        CloudEvent event = codec.toCloudEvent(payload);
        UUID id = UUID.fromString(event.getId());
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload, trace_parent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id)
                .setParameter(2, EventCatalog.forPayload(payload.getClass()).topic())
                .setParameter(3, payload.partitionKey())
                .setParameter(4, event.getType())
                .setParameter(5, event.getSource().toString())
                .setParameter(6, event.getSubject())
                .setParameter(7, event.getTime())
                .setParameter(8, new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .setParameter(9, currentTraceParent())
                .executeUpdate();
        return id;
    }

    /** W3C traceparent of the current span, stored so the relay continues the same trace. */
    private static String currentTraceParent() {
        SpanContext ctx = Span.current().getSpanContext();
        if (!ctx.isValid()) {
            return null;
        }
        return "00-" + ctx.getTraceId() + "-" + ctx.getSpanId() + "-" + ctx.getTraceFlags().asHex();
    }
}
