package dev.marketingops.metrics.activity.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Stored answers of the ingest API by Idempotency-Key: a retried batch gets the first answer and publishes nothing. */
@ApplicationScoped
public class IngestReceipts {

    /** A stored answer, with who sent the batch and a hash of its body. */
    public record Receipt(String caller, String requestHash, String response) {
    }

    private final EntityManager em;

    public IngestReceipts(EntityManager em) {
        this.em = em;
    }

    /** The caller's stored answer under the key; keys are per caller, as two tools may well pick the same one. */
    @Transactional
    public Optional<Receipt> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select caller, request_hash, response from ingest_receipt where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Receipt((String) r[0], (String) r[1], (String) r[2]));
    }

    @Transactional
    public void store(String key, Receipt receipt) {
        em.createNativeQuery("""
                insert into ingest_receipt (idempotency_key, caller, request_hash, response) values (?1, ?2, ?3, ?4)
                on conflict (caller, idempotency_key) do nothing""")
                .setParameter(1, key).setParameter(2, receipt.caller()).setParameter(3, receipt.requestHash())
                .setParameter(4, receipt.response()).executeUpdate();
    }
}
