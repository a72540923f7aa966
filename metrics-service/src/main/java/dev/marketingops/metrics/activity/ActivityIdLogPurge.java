package dev.marketingops.metrics.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets logged activity ids older than the dedup horizon (the consumer's in-memory window drops them on its own).
 * Past the horizon a duplicate id is counted again; redeliveries are still exact because positions are stored.
 */
@ApplicationScoped
public class ActivityIdLogPurge {

    private final EntityManager em;
    private final Duration horizon;

    public ActivityIdLogPurge(EntityManager em, @ConfigProperty(name = "marketingops.activity.dedup-horizon") Duration horizon) {
        this.em = em;
        this.horizon = horizon;
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes the expired rows; there is one per commit and partition, so one statement stays small. */
    public int purge() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from activity_id_log where counted_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) horizon.toSeconds())
                .executeUpdate());
    }
}
