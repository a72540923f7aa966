package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Scopes whose figures, targets or budget changed since a KPI job last claimed them ({@code kpi_change}). The rollup
 * commit marks its campaigns through a trigger (V6_1); consumers and target writes mark here, in their transaction.
 * A job reads the marks, does its work, then removes the marks nobody touched meanwhile.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KpiChanges {

    /** The jobs that follow changes, each with its own marks. */
    public enum Job { SNAPSHOT, THRESHOLD }

    private final EntityManager em;

    public KpiChanges(EntityManager em) {
        this.em = em;
    }

    /** A campaign's status, budget or place changed: both jobs look at it again. */
    public void campaignChanged(UUID campaignId) {
        mark(List.of(Job.SNAPSHOT, Job.THRESHOLD), List.of(new KpiScopeRef(KpiScope.CAMPAIGN, campaignId)));
    }

    /** A scope's targets or NPS changed: only the threshold watch cares. */
    public void linesChanged(KpiScope scope, UUID scopeId) {
        mark(List.of(Job.THRESHOLD), List.of(new KpiScopeRef(scope, scopeId)));
    }

    /** Marks the scopes for the jobs; rows are locked in key order, as the rollup trigger does, so markers never deadlock. */
    public void mark(Collection<Job> jobs, Collection<KpiScopeRef> scopes) {
        if (scopes.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into kpi_change (job, scope, scope_id)
                select j, s, i from unnest(cast(?1 as text[])) j cross join unnest(cast(?2 as text[]), cast(?3 as uuid[])) t (s, i)
                order by 1, 2, 3
                on conflict (job, scope, scope_id) do update set touched = kpi_change.touched + 1""")
                .unwrap(NativeQuery.class)
                .setParameter(1, jobs.stream().map(Job::name).sorted().toArray(String[]::new), String[].class)
                .setParameter(2, scopes.stream().map(s -> s.scope().name()).toArray(String[]::new), String[].class)
                .setParameter(3, scopes.stream().map(KpiScopeRef::id).toArray(UUID[]::new), UUID[].class)
                .executeUpdate();
    }

    /** One scope's mark as read: a job removes it after its work only if nobody has marked it again since. */
    public record Mark(KpiScopeRef scope, long touched) {
    }

    /** Up to {@code limit} changed scopes of the job, in key order; reading takes no lock and never waits for a writer. */
    @SuppressWarnings("unchecked")
    public List<Mark> pending(Job job, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                "select scope, scope_id, touched from kpi_change where job = ?1 order by scope, scope_id limit ?2")
                .setParameter(1, job.name()).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Mark(new KpiScopeRef(KpiScope.valueOf((String) r[0]), (UUID) r[1]),
                ((Number) r[2]).longValue())).toList();
    }

    /**
     * Removes the marks the job has dealt with. A mark touched since it was read, or locked by a writer that is marking
     * it right now (its change not yet visible to the job), stays for the next round: skipped, never waited for.
     */
    public void done(Job job, Collection<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                delete from kpi_change k using (
                    select c.scope, c.scope_id from kpi_change c
                    join unnest(cast(?2 as text[]), cast(?3 as uuid[]), cast(?4 as bigint[])) t (s, i, n)
                      on c.scope = t.s and c.scope_id = t.i and c.touched = t.n
                    where c.job = ?1 for update of c skip locked) d
                where k.job = ?1 and k.scope = d.scope and k.scope_id = d.scope_id""")
                .unwrap(NativeQuery.class)
                .setParameter(1, job.name(), String.class)
                .setParameter(2, marks.stream().map(m -> m.scope().scope().name()).toArray(String[]::new), String[].class)
                .setParameter(3, marks.stream().map(m -> m.scope().id()).toArray(UUID[]::new), UUID[].class)
                .setParameter(4, marks.stream().map(Mark::touched).toArray(Long[]::new), Long[].class)
                .executeUpdate();
    }
}
