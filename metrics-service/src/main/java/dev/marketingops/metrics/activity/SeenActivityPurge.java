package dev.marketingops.metrics.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets activity event ids older than the dedup horizon, in small chunks so the hot path never waits on it.
 * Past the horizon a duplicate id is counted again; redeliveries are still exact because positions are stored.
 */
@ApplicationScoped
public class SeenActivityPurge {

    private static final int CHUNK = 20_000;

    private final EntityManager em;
    private final Duration horizon;

    public SeenActivityPurge(EntityManager em, @ConfigProperty(name = "marketingops.activity.dedup-horizon") Duration horizon) {
        this.em = em;
        this.horizon = horizon;
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void purge() {
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from seen_activity where ctid in (
                        select ctid from seen_activity where seen_at < now() - make_interval(secs => ?1) limit ?2)""")
                    .setParameter(1, (double) horizon.toSeconds())
                    .setParameter(2, CHUNK)
                    .executeUpdate());
        } while (deleted == CHUNK);
    }
}
