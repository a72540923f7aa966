package dev.marketingops.plumbing.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Reads the test consumer's effect: how often a launch's completion was applied. */
@ApplicationScoped
public class Completions {

    private final EntityManager em;

    public Completions(EntityManager em) {
        this.em = em;
    }

    public int timesApplied(UUID launch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select times from applied_completion where launch_id = ?1")
                    .setParameter(1, launch).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }
}
