package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Scopes whose figures, targets or budget changed since a KPI job last took them. The rollup commit records its
 * campaigns through a trigger ({@code kpi_change_batch}, V6_1); consumers and target writes mark here ({@code kpi_change}).
 * A job claims itself ({@link #claim}), reads the marks, does its work, then removes the marks nobody touched meanwhile,
 * all in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KpiChanges {

    /** The jobs that follow changes, each with its own marks. */
    public enum Job { SNAPSHOT, THRESHOLD }

    /** Commit records read per round at most (each names up to a batch's campaigns). */
    static final int BATCHES = 50;

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

    /**
     * Takes the job for the rest of the caller's transaction, unless another replica (or thread) has it: the holder
     * reads, works on and removes its marks in that one transaction, so two runs never take the same marks, and a scope's
     * events commit in the order its figures were read. Released at commit or rollback, or when the session dies.
     */
    public boolean claim(Job job) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "metrics.kpi-job." + job.name()).getSingleResult();
    }

    /** One scope's mark as read: a job removes it after its work only if nobody has marked it again since. */
    public record Mark(KpiScopeRef scope, long touched) {
    }

    /** What a job read: scope marks, and the rollup commits' campaign lists (by row id); {@code full} when more wait. */
    public record Pending(List<Mark> marks, List<Long> batches, Set<KpiScopeRef> scopes, boolean full) {

        public boolean isEmpty() {
            return scopes.isEmpty() && batches.isEmpty();
        }
    }

    /**
     * Up to {@code limit} scope marks and commit records of the job, oldest first; reading takes no row lock and never
     * waits (the job's claim keeps other runs away).
     */
    @SuppressWarnings("unchecked")
    public Pending pending(Job job, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                "select scope, scope_id, touched from kpi_change where job = ?1 order by scope, scope_id limit ?2")
                .setParameter(1, job.name()).setParameter(2, limit).getResultList();
        List<Mark> marks = rows.stream().map(r -> new Mark(new KpiScopeRef(KpiScope.valueOf((String) r[0]), (UUID) r[1]),
                ((Number) r[2]).longValue())).toList();
        Set<KpiScopeRef> scopes = new LinkedHashSet<>();
        marks.forEach(m -> scopes.add(m.scope()));
        List<Object[]> commits = em.createNativeQuery(
                "select id, campaign_ids from kpi_change_batch where job = ?1 order by id limit ?2")
                .setParameter(1, job.name()).setParameter(2, BATCHES).getResultList();
        List<Long> batches = new ArrayList<>();
        for (Object[] r : commits) {
            batches.add(((Number) r[0]).longValue());
            for (UUID campaign : (UUID[]) r[1]) {
                scopes.add(new KpiScopeRef(KpiScope.CAMPAIGN, campaign));
            }
        }
        return new Pending(marks, batches, scopes, marks.size() == limit || batches.size() == BATCHES);
    }

    /**
     * Removes the marks the job has dealt with. A mark touched since it was read, or locked by a writer that is marking
     * it right now (its change not yet visible to the job), stays for the next round: skipped, never waited for.
     */
    public void done(Job job, Pending pending) {
        if (!pending.batches().isEmpty()) {
            em.createNativeQuery("delete from kpi_change_batch where id = any(?1)").unwrap(NativeQuery.class)
                    .setParameter(1, pending.batches().toArray(Long[]::new), Long[].class).executeUpdate();
        }
        List<Mark> marks = pending.marks();
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
