package dev.marketingops.metrics.activity.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets Idempotency-Key receipts older than the retention, in chunks so ingest never waits behind a long delete.
 * A retry after that is published again under the same derived event ids, which the dedup horizon still absorbs.
 */
@ApplicationScoped
public class IngestReceiptPurge {

    private static final int CHUNK = 5_000;

    private final EntityManager em;
    private final Duration retention;

    public IngestReceiptPurge(EntityManager em,
                              @ConfigProperty(name = "marketingops.activity.idempotency-retention") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from ingest_receipt where idempotency_key in (
                        select idempotency_key from ingest_receipt where created_at < now() - make_interval(secs => ?1)
                        limit ?2)""")
                    .setParameter(1, (double) retention.toSeconds())
                    .setParameter(2, CHUNK)
                    .executeUpdate());
        } while (deleted == CHUNK);
    }
}
