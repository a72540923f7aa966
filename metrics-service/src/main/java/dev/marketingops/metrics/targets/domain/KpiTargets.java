package dev.marketingops.metrics.targets.domain;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.metrics.KpiScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiScopeRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** Stores KPI targets: roadmap objectives keyed by objective id, analyst targets by scope and KPI. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KpiTargets {

    private static final String COLUMNS =
            "id, scope, scope_id, kpi_key, direction, baseline, target, due_date, objective_id, source, version";

    /** A roadmap objective has one target: its next version may move it to another scope or KPI. */
    private static final String ON_OBJECTIVE = """
            on conflict (objective_id) do update set scope = excluded.scope, scope_id = excluded.scope_id,
                kpi_key = excluded.kpi_key, direction = excluded.direction, baseline = excluded.baseline,
                target = excluded.target, due_date = excluded.due_date, updated_at = excluded.updated_at,
                version = kpi_target.version + 1""";
    /** An analyst has one target per scope and KPI beside the roadmap's. */
    private static final String ON_ANALYST_KPI = """
            on conflict (scope, scope_id, kpi_key) where objective_id is null do update set
                direction = excluded.direction, baseline = excluded.baseline, target = excluded.target,
                due_date = excluded.due_date, updated_at = excluded.updated_at, version = kpi_target.version + 1""";

    private final EntityManager em;
    private final KpiChanges changes;
    private final Clock clock;

    public KpiTargets(EntityManager em, KpiChanges changes, Clock clock) {
        this.em = em;
        this.changes = changes;
        this.clock = clock;
    }

    /** Creates or replaces the target of a roadmap objective. */
    public void putObjective(UUID objectiveId, KpiScope scope, UUID scopeId, KpiKey key, Direction direction,
                             BigDecimal baseline, BigDecimal target, LocalDate dueDate) {
        upsert(ON_OBJECTIVE, objectiveId, "ROADMAP", scope, scopeId, key, direction, baseline, target, dueDate, null);
    }

    public void deleteObjective(UUID objectiveId) {
        em.createNativeQuery("delete from kpi_target where objective_id = ?1").setParameter(1, objectiveId).executeUpdate();
    }

    /** A cancelled launch steers by nothing any more: its targets go. */
    public void deleteScope(KpiScope scope, UUID scopeId) {
        em.createNativeQuery("delete from kpi_target where scope = ?1 and scope_id = ?2")
                .setParameter(1, scope.name()).setParameter(2, scopeId).executeUpdate();
    }

    /**
     * Moves the due dates of a scope's targets, roadmap and analyst ones, by {@code days}; targets without a due date
     * keep none. Each moved row gets a new version, so a client's stale ETag is refused.
     */
    public void shiftDueDates(KpiScope scope, UUID scopeId, long days) {
        if (days == 0) {
            return;
        }
        em.createNativeQuery("""
                update kpi_target set due_date = due_date + ?3, updated_at = ?4, version = version + 1
                where scope = ?1 and scope_id = ?2 and due_date is not null""")
                .unwrap(NativeQuery.class)
                .setParameter(1, scope.name(), String.class)
                .setParameter(2, scopeId, UUID.class)
                .setParameter(3, Math.toIntExact(days), Integer.class)
                .setParameter(4, clock.instant(), Instant.class)
                .executeUpdate();
    }

    /**
     * The analyst target's version, row-locked until the transaction ends (a reschedule's due-date shift or another PUT
     * waits, or is waited for), so an If-Match judged against it still holds at the write; -1 when there is none.
     */
    public long lockAnalystVersion(KpiScope scope, UUID scopeId, KpiKey key) {
        List<?> versions = em.createNativeQuery("""
                select version from kpi_target where objective_id is null and scope = ?1 and scope_id = ?2 and kpi_key = ?3
                for update""")
                .setParameter(1, scope.name()).setParameter(2, scopeId).setParameter(3, key.wireName()).getResultList();
        return versions.isEmpty() ? -1 : ((Number) versions.get(0)).longValue();
    }

    /**
     * Creates or replaces an analyst's target for a scope and KPI; with {@code expectedVersion} only while the stored
     * one still has it (-1: while there is none). False when it did not: a concurrent write came first.
     */
    public boolean putAnalystTarget(KpiScope scope, UUID scopeId, KpiKey key, Direction direction, BigDecimal baseline,
                                    BigDecimal target, LocalDate dueDate, Long expectedVersion) {
        return upsert(ON_ANALYST_KPI, null, "ANALYST", scope, scopeId, key, direction, baseline, target, dueDate,
                expectedVersion) == 1;
    }

    /** One insert-or-update for both kinds of target; they differ in the conflict they replace on and their source. */
    private int upsert(String onConflict, UUID objectiveId, String source, KpiScope scope, UUID scopeId, KpiKey key,
                       Direction direction, BigDecimal baseline, BigDecimal target, LocalDate dueDate,
                       Long expectedVersion) {
        NativeQuery<?> upsert = em.createNativeQuery("""
                insert into kpi_target (id, scope, scope_id, kpi_key, direction, baseline, target, due_date, objective_id,
                                        source, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                """ + onConflict + (expectedVersion == null ? "" : " where kpi_target.version = ?12"))
                .unwrap(NativeQuery.class);
        if (expectedVersion != null) {
            upsert.setParameter(12, expectedVersion, Long.class);
        }
        int written = upsert
                .setParameter(1, UUID.randomUUID(), UUID.class)
                .setParameter(2, scope.name(), String.class)
                .setParameter(3, scopeId, UUID.class)
                .setParameter(4, key.wireName(), String.class)
                .setParameter(5, direction.name(), String.class)
                .setParameter(6, baseline, BigDecimal.class)
                .setParameter(7, target, BigDecimal.class)
                .setParameter(8, dueDate, LocalDate.class)
                .setParameter(9, objectiveId, UUID.class)
                .setParameter(10, source, String.class)
                .setParameter(11, clock.instant(), Instant.class)
                .executeUpdate();
        if (written > 0) {
            changes.linesChanged(scope, scopeId);
        }
        return written;
    }

    public Optional<KpiTarget> analystTarget(KpiScope scope, UUID scopeId, KpiKey key) {
        return query("where objective_id is null and scope = ?1 and scope_id = ?2 and kpi_key = ?3",
                scope.name(), scopeId, key.wireName()).stream().findFirst();
    }

    public List<KpiTarget> ofScope(KpiScope scope, UUID scopeId) {
        return query("where scope = ?1 and scope_id = ?2 order by kpi_key, id", scope.name(), scopeId);
    }

    /** Every target of the scopes, in one statement. */
    public List<KpiTarget> ofScopes(Collection<KpiScopeRef> scopes) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        return query("where (scope, scope_id) in (select * from unnest(cast(?1 as text[]), cast(?2 as uuid[]))) order by id",
                scopes.stream().map(s -> s.scope().name()).toArray(String[]::new),
                scopes.stream().map(KpiScopeRef::id).toArray(UUID[]::new));
    }

    @SuppressWarnings("unchecked")
    private List<KpiTarget> query(String where, Object... parameters) {
        NativeQuery<?> query = em.createNativeQuery("select " + COLUMNS + " from kpi_target " + where).unwrap(NativeQuery.class);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof String[] texts) {
                query.setParameter(i + 1, texts, String[].class);
            } else if (parameters[i] instanceof UUID[] ids) {
                query.setParameter(i + 1, ids, UUID[].class);
            } else {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        List<Object[]> rows = (List<Object[]>) query.getResultList();
        return rows.stream().map(r -> new KpiTarget((UUID) r[0], KpiScope.valueOf((String) r[1]), (UUID) r[2],
                KpiKey.fromWireName((String) r[3]), Direction.valueOf((String) r[4]), (BigDecimal) r[5],
                (BigDecimal) r[6], r[7] == null ? null : (r[7] instanceof LocalDate d ? d : ((java.sql.Date) r[7]).toLocalDate()),
                (UUID) r[8], (String) r[9], ((Number) r[10]).longValue())).toList();
    }
}
