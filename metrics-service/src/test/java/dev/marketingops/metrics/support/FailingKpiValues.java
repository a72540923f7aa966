package dev.marketingops.metrics.support;

import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.metrics.feedback.domain.NpsScores;
import dev.marketingops.metrics.kpis.domain.KpiRollups;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import dev.marketingops.metrics.kpis.domain.KpiValues;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The service's KpiValues, except that reading a value of a scope a test made fail throws; idle otherwise. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FailingKpiValues extends KpiValues {

    private final Set<UUID> failing = ConcurrentHashMap.newKeySet();
    private final Set<UUID> locked = ConcurrentHashMap.newKeySet();

    @Inject
    public FailingKpiValues(KpiRollups rollups, NpsScores nps) {
        super(rollups, nps);
    }

    /** For the client proxy only (KpiValues has no such constructor ArC could call). */
    FailingKpiValues() {
        super(null, null);
    }

    /** From now on every value read for the scope throws, as a bug or a value the code cannot handle would. */
    public void fail(UUID scopeId) {
        failing.add(scopeId);
    }

    /**
     * From now on every value read for the scope fails as a lock timeout would (SQLState 55P03): a passing failure,
     * which parks nothing and fails the job's whole round. The message quotes data, as a database's may.
     */
    public void failTransiently(UUID scopeId) {
        locked.add(scopeId);
    }

    public void heal() {
        failing.clear();
        locked.clear();
    }

    @Override
    public Optional<BigDecimal> value(KpiScopeRef scope, KpiKey key) {
        if (locked.contains(scope.id())) {
            throw new LockTimeoutException("test: lock timeout reading the " + key + " of ada@example.com",
                    new SQLException("canceling statement due to lock timeout (ada@example.com)", "55P03"));
        }
        if (failing.contains(scope.id())) {
            throw new IllegalStateException("test: the " + key + " of " + scope + " cannot be evaluated");
        }
        return super.value(scope, key);
    }
}
