package dev.marketingops.metrics.targets;

import dev.marketingops.metrics.kpis.KpiScopeRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Persisted crossed/armed state per scope, kind and line; the row lock serialises evaluators on several replicas. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ThresholdStates {

    private final EntityManager em;

    public ThresholdStates(EntityManager em) {
        this.em = em;
    }

    /** Moves the state for the value; true exactly when it goes from armed to crossed (the one time to emit). */
    public boolean advance(KpiScopeRef scope, ThresholdLine line, BigDecimal value, BigDecimal hysteresis) {
        em.createNativeQuery("""
                insert into threshold_state (scope, scope_id, kind, line, crossed, changed_at) values (?1, ?2, ?3, ?4, false, ?5)
                on conflict do nothing""")
                .setParameter(1, scope.scope().name()).setParameter(2, scope.id()).setParameter(3, line.kind().name())
                .setParameter(4, line.lineId()).setParameter(5, Instant.now()).executeUpdate();
        List<?> rows = em.createNativeQuery("""
                select crossed from threshold_state where scope = ?1 and scope_id = ?2 and kind = ?3 and line = ?4
                for update""")
                .setParameter(1, scope.scope().name()).setParameter(2, scope.id()).setParameter(3, line.kind().name())
                .setParameter(4, line.lineId()).getResultList();
        boolean crossed = (Boolean) rows.get(0);
        boolean next = crossed ? !line.rearmedBy(value, hysteresis) : line.crossedBy(value);
        if (next != crossed) {
            em.createNativeQuery("""
                    update threshold_state set crossed = ?5, changed_at = ?6
                    where scope = ?1 and scope_id = ?2 and kind = ?3 and line = ?4""")
                    .setParameter(1, scope.scope().name()).setParameter(2, scope.id()).setParameter(3, line.kind().name())
                    .setParameter(4, line.lineId()).setParameter(5, next).setParameter(6, Instant.now()).executeUpdate();
        }
        return next && !crossed;
    }
}
