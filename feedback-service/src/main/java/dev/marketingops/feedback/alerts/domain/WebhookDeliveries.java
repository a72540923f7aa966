package dev.marketingops.feedback.alerts.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The durable webhook queue (table webhook_delivery): pending, delivered and dead deliveries. */
@ApplicationScoped
public class WebhookDeliveries {

    /** A stored error message is cut to what the column holds. */
    static final int MAX_ERROR = 1000;

    private final EntityManager em;

    public WebhookDeliveries(EntityManager em) {
        this.em = em;
    }

    public void add(String webhook, UUID eventId, String eventType, String payload, Instant now) {
        em.createNativeQuery("""
                insert into webhook_delivery (id, webhook, event_id, event_type, payload, status, attempts, next_attempt_at, created_at)
                values (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6) on conflict (webhook, event_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, webhook).setParameter(3, eventId)
                .setParameter(4, eventType).setParameter(5, payload).setParameter(6, now).executeUpdate();
    }

    /**
     * Claims due deliveries of one webhook for one attempt: their next attempt moves to the lease end, so no other poll
     * takes them until it passes. The lease (to the microsecond the column holds) is the claim's token for
     * {@link #delivered}, {@link #failed} and {@link #dead}. One webhook at a time, so a slow receiver delays only its own.
     */
    public List<Delivery> claimDue(String webhook, Instant now, Instant leaseUntil, int limit) {
        return claim("webhook = ?4", webhook, null, now, leaseUntil, limit);
    }

    /**
     * As {@link #claimDue}, for deliveries queued before {@code queuedBefore} to webhooks not among {@code configured}
     * (none: every webhook).
     */
    public List<Delivery> claimUnconfigured(Collection<String> configured, Instant queuedBefore, Instant now,
                                            Instant leaseUntil, int limit) {
        // No configured webhook is named "" (a config key has no empty segment), so it stands in for none.
        return claim("webhook not in (?4) and created_at <= ?5", configured.isEmpty() ? List.of("") : configured,
                queuedBefore, now, leaseUntil, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Delivery> claim(String webhooks, Object webhookParameter, Instant queuedBefore, Instant now,
                                 Instant leaseUntil, int limit) {
        // Bound as stored, so the token compares equal (PostgreSQL would round the nanoseconds, not cut them).
        Instant lease = leaseUntil.truncatedTo(ChronoUnit.MICROS);
        Query claim = em.createNativeQuery("""
                update webhook_delivery set next_attempt_at = ?2 where id in (
                    select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?1 and %s
                    order by next_attempt_at limit ?3 for update skip locked)
                returning id, webhook, event_id, event_type, payload, attempts""".formatted(webhooks))
                .setParameter(1, now).setParameter(2, lease).setParameter(3, limit).setParameter(4, webhookParameter);
        if (queuedBefore != null) {
            claim.setParameter(5, queuedBefore);
        }
        List<Object[]> rows = claim.getResultList();
        return rows.stream().map(r -> new Delivery((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), lease)).toList();
    }

    /** When the oldest delivery still pending was queued, if any is. */
    public Optional<Instant> oldestPending() {
        return Optional.ofNullable(instant(em.createNativeQuery(
                "select min(created_at) from webhook_delivery where status = 'PENDING'").getSingleResult()));
    }

    /** False when the claim's lease had passed and another attempt took the delivery over: its outcome stands. */
    public boolean delivered(Delivery claimed, int attempts, Instant now) {
        return finish(claimed, "DELIVERED", attempts, null, now, now);
    }

    public boolean failed(Delivery claimed, int attempts, String error, Instant nextAttempt) {
        return finish(claimed, "PENDING", attempts, error, nextAttempt, null);
    }

    public boolean dead(Delivery claimed, int attempts, String error, Instant now) {
        return finish(claimed, "DEAD", attempts, error, now, now);
    }

    private boolean finish(Delivery claimed, String status, int attempts, String error, Instant next, Instant finished) {
        // Only while the claim still holds: a slow attempt whose lease ran out must not undo the one that took over.
        return em.createNativeQuery("""
                update webhook_delivery set status = ?2, attempts = ?3, last_error = coalesce(?4, last_error),
                next_attempt_at = ?5, finished_at = ?6 where id = ?1 and status = 'PENDING' and next_attempt_at = ?7""")
                .setParameter(1, claimed.id()).setParameter(2, status).setParameter(3, attempts)
                .setParameter(4, error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR)))
                .setParameter(5, next).setParameter(6, finished).setParameter(7, claimed.lease()).executeUpdate() == 1;
    }

    /** Deliveries, newest first, optionally of one status or one event. */
    @SuppressWarnings("unchecked")
    public List<DeliveryRecord> list(String status, UUID eventId, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, webhook, event_id, event_type, status, attempts, next_attempt_at, last_error, created_at, finished_at
                from webhook_delivery where (cast(?1 as text) is null or status = ?1) and (cast(?2 as uuid) is null or event_id = ?2)
                order by created_at desc, id limit ?3 offset ?4""")
                .setParameter(1, status).setParameter(2, eventId).setParameter(3, size).setParameter(4, (long) page * size)
                .getResultList();
        return rows.stream().map(r -> new DeliveryRecord((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), instant(r[6]), (String) r[7], instant(r[8]), instant(r[9]))).toList();
    }

    public long count(String status, UUID eventId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from webhook_delivery
                where (cast(?1 as text) is null or status = ?1) and (cast(?2 as uuid) is null or event_id = ?2)""")
                .setParameter(1, status).setParameter(2, eventId).getSingleResult()).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
    }

    /** A delivery claimed for an attempt, until {@code lease}. */
    public record Delivery(UUID id, String webhook, UUID eventId, String eventType, String payload, int attempts,
                           Instant lease) {
    }

    /** A delivery as listed: never the payload's secret or signature, only what happened. */
    public record DeliveryRecord(UUID id, String webhook, UUID eventId, String eventType, String status, int attempts,
                                 Instant nextAttemptAt, String lastError, Instant createdAt, Instant finishedAt) {
    }
}
