package dev.marketingops.metrics.targets.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.ThresholdKind;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import java.util.List;

/** Persisted crossed/armed state per scope, kind and line; the row lock serialises evaluators on several replicas. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ThresholdStates {

    /** Identifies one state row. */
    public record Key(KpiScopeRef scope, ThresholdKind kind, String line) {
    }

    private final EntityManager em;
    private final Clock clock;

    public ThresholdStates(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Whether each line of the scopes is crossed, in one statement; a line never evaluated is absent (armed). */
    @SuppressWarnings("unchecked")
    public Map<Key, Boolean> of(Collection<KpiScopeRef> scopes) {
        Map<Key, Boolean> states = new HashMap<>();
        if (scopes.isEmpty()) {
            return states;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select scope, scope_id, kind, line, crossed from threshold_state
                where (scope, scope_id) in (select * from unnest(cast(?1 as text[]), cast(?2 as uuid[])))""")
                .unwrap(NativeQuery.class)
                .setParameter(1, scopes.stream().map(s -> s.scope().name()).toArray(String[]::new), String[].class)
                .setParameter(2, scopes.stream().map(KpiScopeRef::id).toArray(UUID[]::new), UUID[].class)
                .getResultList();
        for (Object[] r : rows) {
            states.put(new Key(new KpiScopeRef(KpiScope.valueOf((String) r[0]), (UUID) r[1]),
                    ThresholdKind.valueOf((String) r[2]), (String) r[3]), (Boolean) r[4]);
        }
        return states;
    }

    /** Moves the state for the value; true exactly when it goes from armed to crossed (the one time to emit). */
    public boolean advance(KpiScopeRef scope, ThresholdLine line, BigDecimal value, BigDecimal hysteresis) {
        em.createNativeQuery("""
                insert into threshold_state (scope, scope_id, kind, line, crossed, changed_at) values (?1, ?2, ?3, ?4, false, ?5)
                on conflict do nothing""")
                .setParameter(1, scope.scope().name()).setParameter(2, scope.id()).setParameter(3, line.kind().name())
                .setParameter(4, line.lineId()).setParameter(5, clock.instant()).executeUpdate();
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
                    .setParameter(4, line.lineId()).setParameter(5, next).setParameter(6, clock.instant()).executeUpdate();
        }
        return next && !crossed;
    }
}
