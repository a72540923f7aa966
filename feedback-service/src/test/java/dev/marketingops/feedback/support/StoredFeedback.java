package dev.marketingops.feedback.support;

import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.privacy.domain.PseudonymConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Looks straight into the feedback tables, to check what was (and was not) stored. */
@ApplicationScoped
public class StoredFeedback {

    private final EntityManager em;
    private final CustomerPseudonyms pseudonyms;

    public StoredFeedback(EntityManager em, CustomerPseudonyms pseudonyms) {
        this.em = em;
        this.pseudonyms = pseudonyms;
    }

    public long aboutProduct(UUID productId) {
        return count("select count(*) from feedback where product_id = ?1", productId);
    }

    /** Rows anywhere (feedback, its terms, votes) that belong to the customer under any key. */
    public long ofCustomer(String customerRef) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = 0;
            for (String table : new String[] {"feedback", "feature_request_voter"}) {
                total += ((Number) em.createNativeQuery("select count(*) from " + table + " where customer_hash in (?1)")
                        .setParameter(1, pseudonyms.allHashes(customerRef)).getSingleResult()).longValue();
            }
            return total;
        });
    }

    /** Whether any stored text or key of feedback contains the string. */
    public boolean anywhereContains(String value) {
        return count("""
                select count(*) from feedback where strpos(coalesce(redacted_text, ''), ?1) > 0
                    or strpos(customer_hash, ?1) > 0""", value) > 0
                || count("select count(*) from idempotency_receipt where strpos(idempotency_key, ?1) > 0"
                        + " or strpos(response, ?1) > 0", value) > 0
                || count("select count(*) from feedback_term where strpos(label, ?1) > 0", value) > 0;
    }

    /** Stores an NPS answer as it was written before a key rotation: hashed with a retired key. */
    public void storeUnderRetiredKey(String customerRef, String retiredKeyId, String retiredKey, UUID productId) {
        CustomerPseudonyms.Pseudonym old = underKey(customerRef, retiredKeyId, retiredKey);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into feedback (id, type, score, product_id, channel, locale, submitted_at, received_at, customer_hash, customer_key_id)
                        values (?1, 'NPS', 8, ?2, 'WEB', 'en', ?5, ?5, ?3, ?4)""")
                .setParameter(1, UUID.randomUUID()).setParameter(5, FixedClock.RECENTLY).setParameter(2, productId).setParameter(3, old.hash())
                .setParameter(4, old.keyId()).executeUpdate());
    }

    private static CustomerPseudonyms.Pseudonym underKey(String customerRef, String retiredKeyId, String retiredKey) {
        return new CustomerPseudonyms(new PseudonymConfig() {
            @Override
            public String key() {
                return retiredKey;
            }

            @Override
            public String keyId() {
                return retiredKeyId;
            }

            @Override
            public Map<String, String> retiredKeys() {
                return Map.of();
            }
        }).current(customerRef);
    }

    /** Whether the feedback row exists. */
    public boolean exists(UUID feedbackId) {
        return count("select count(*) from feedback where id = ?1", feedbackId) > 0;
    }

    /** The CloudEvent types of the outbox rows (published or not) whose subject is this feedback. */
    @SuppressWarnings("unchecked")
    public List<String> outboxTypesAbout(UUID feedbackId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_type from outbox_event where subject = ?1").setParameter(1, feedbackId.toString()).getResultList());
    }

    /** Idempotency receipts whose stored answer is this feedback. */
    public long receiptsAnswering(UUID feedbackId) {
        return count("select count(*) from idempotency_receipt where response = ?1", feedbackId.toString());
    }

    /** A request's merge target (null when it counts on its own) and its roadmap item. */
    public UUID mergedInto(UUID feedbackId) {
        return uuid("select merged_into from feedback where id = ?1", feedbackId);
    }

    public UUID roadmapItemOf(UUID feedbackId) {
        return uuid("select roadmap_item_id from feedback where id = ?1", feedbackId);
    }

    /** Whether a consumer recorded the event as seen (applied, or dropped on purpose). */
    public boolean inboxHas(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from inbox_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer).setParameter(2, eventId).getSingleResult()).longValue()) > 0;
    }

    /** Records an erasure as one made before a key rotation: under the retired key's pseudonym only. */
    public void erasedUnderRetiredKey(String customerRef, String retiredKeyId, String retiredKey, Instant erasedAt) {
        CustomerPseudonyms.Pseudonym old = underKey(customerRef, retiredKeyId, retiredKey);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into erased_customer (customer_hash, customer_key_id, erased_at) values (?1, ?2, ?3)")
                .setParameter(1, old.hash()).setParameter(2, old.keyId()).setParameter(3, erasedAt).executeUpdate());
    }

    private UUID uuid(String sql, UUID param) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(sql).setParameter(1, param)
                .getSingleResult());
    }

    /** The request hash of the idempotency receipt stored under the key (any caller). */
    public String receiptHash(String idempotencyKey) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select request_hash from idempotency_receipt where idempotency_key = ?1")
                .setParameter(1, idempotencyKey).getSingleResult());
    }

    /** Makes the receipt under the key look as V7_2 left the receipts written before it: its fingerprint withdrawn. */
    public void withdrawFingerprint(String idempotencyKey) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update idempotency_receipt set request_hash = 'withdrawn' where idempotency_key = ?1")
                .setParameter(1, idempotencyKey).executeUpdate());
    }

    public String textOf(UUID feedbackId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select redacted_text from feedback where id = ?1").setParameter(1, feedbackId).getSingleResult());
    }

    private long count(String sql, Object param) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue());
    }

    /** The stored erasure request row as text, to look for a raw reference. */
    public String erasureRequestRow(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select r::text from erasure_request r where id = ?1").setParameter(1, requestId).getSingleResult());
    }

    /** Moves an erasure request's time back, as if it had been made that long ago. */
    public void ageErasureRequest(UUID requestId, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update erasure_request set requested_at = requested_at - make_interval(secs => ?2) where id = ?1")
                .setParameter(1, requestId).setParameter(2, (double) by.toSeconds()).executeUpdate());
    }

    /** Rows of an erasure request's services (a completion of an unknown request must not add any). */
    public long erasureServiceRows(UUID requestId) {
        return count("select count(*) from erasure_request_service where request_id = ?1", requestId);
    }

    /** Completions kept for a request not recorded yet. */
    public long earlyCompletions(UUID requestId) {
        return count("select count(*) from early_erasure_completion where request_id = ?1", requestId);
    }

    /** Moves the arrival of the completions kept for a request back by this much (database time, as the purge reads it). */
    public void ageEarlyCompletions(UUID requestId, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update early_erasure_completion set received_at = received_at - make_interval(secs => ?2) where request_id = ?1")
                .setParameter(1, requestId).setParameter(2, (double) by.toSeconds()).executeUpdate());
    }
}
