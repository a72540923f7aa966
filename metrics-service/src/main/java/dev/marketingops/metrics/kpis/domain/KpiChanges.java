package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.contracts.metrics.KpiScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * Scopes whose figures, targets or budget changed since a KPI job last took them. The rollup commit records its
 * campaigns through a trigger ({@code kpi_change_batch}, V6_1); consumers and target writes mark here ({@code kpi_change}).
 * A job claims itself ({@link #claim}), reads the marks, does its work, then removes the marks nobody touched meanwhile,
 * all in one transaction. A scope whose work fails on its own is parked ({@link #park}): its mark stays, out of the
 * chunks, and is retried alone after {@code retry_after} (V7_9).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KpiChanges {

    /** The jobs that follow changes, each with its own marks. */
    public enum Job { SNAPSHOT, THRESHOLD }

    /** Commit records read per round at most (each names up to a batch's campaigns). */
    static final int BATCHES = 50;
    /** Parked marks read with each chunk at most: kept out of it, and retried in turn. */
    static final int PARKED = 1_000;
    /** A parked scope is retried after a minute, then after twice as long each time, at most after an hour. */
    static final String BACKOFF = "least(interval '1 minute' * power(2, least(failures, 6)), interval '1 hour')";

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
    public record Pending(List<Mark> marks, List<Long> batches, Set<KpiScopeRef> scopes, boolean full, List<Parked> parked) {

        /** Just these marks, as a part of a failed chunk is tried again. */
        public static Pending of(List<Mark> marks) {
            Set<KpiScopeRef> scopes = new LinkedHashSet<>();
            marks.forEach(m -> scopes.add(m.scope()));
            return new Pending(List.copyOf(marks), List.of(), scopes, false, List.of());
        }

        public boolean isEmpty() {
            return scopes.isEmpty() && batches.isEmpty();
        }
    }

    /** A parked mark: how often its scope failed on its own, and when it is tried again. */
    public record Parked(Job job, Mark mark, int failures, Instant retryAfter) {
    }

    /**
     * Up to {@code limit} scope marks and commit records of the job, oldest first, and its parked marks; reading takes
     * no row lock and never waits (the job's claim keeps other runs away). A parked scope is in no chunk, not even
     * through a commit record: its mark stays, and its retry reads the figures as they are then.
     */
    @SuppressWarnings("unchecked")
    public Pending pending(Job job, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                (select scope, scope_id, touched, failures, retry_after from kpi_change
                 where job = ?1 and failures = 0 order by scope, scope_id limit ?2)
                union all
                (select scope, scope_id, touched, failures, retry_after from kpi_change
                 where job = ?1 and failures > 0 order by retry_after limit ?3)""")
                .setParameter(1, job.name()).setParameter(2, limit).setParameter(3, PARKED).getResultList();
        List<Mark> marks = new ArrayList<>();
        List<Parked> parked = new ArrayList<>();
        for (Object[] r : rows) {
            Mark mark = new Mark(new KpiScopeRef(KpiScope.valueOf((String) r[0]), (UUID) r[1]), ((Number) r[2]).longValue());
            int failures = ((Number) r[3]).intValue();
            if (failures == 0) {
                marks.add(mark);
            } else {
                parked.add(new Parked(job, mark, failures, KpiRollups.instant(r[4])));
            }
        }
        Set<KpiScopeRef> out = new HashSet<>();
        parked.forEach(p -> out.add(p.mark().scope()));
        Set<KpiScopeRef> scopes = new LinkedHashSet<>();
        marks.forEach(m -> scopes.add(m.scope()));
        List<Object[]> commits = em.createNativeQuery(
                "select id, campaign_ids from kpi_change_batch where job = ?1 order by id limit ?2")
                .setParameter(1, job.name()).setParameter(2, BATCHES).getResultList();
        List<Long> batches = new ArrayList<>();
        for (Object[] r : commits) {
            batches.add(((Number) r[0]).longValue());
            for (UUID campaign : (UUID[]) r[1]) {
                KpiScopeRef scope = new KpiScopeRef(KpiScope.CAMPAIGN, campaign);
                if (!out.contains(scope)) {
                    scopes.add(scope);
                }
            }
        }
        return new Pending(List.copyOf(marks), batches, scopes, marks.size() == limit || batches.size() == BATCHES,
                List.copyOf(parked));
    }

    /**
     * Turns a failed chunk into marks alone, so it can be retried in parts: deletes its commit records and marks their
     * campaigns, then answers the marks of all the chunk's scopes as they stand (parked ones stay out).
     */
    @SuppressWarnings("unchecked")
    public List<Mark> spread(Job job, Pending failed) {
        if (!failed.batches().isEmpty()) {
            Long[] ids = failed.batches().toArray(Long[]::new);
            List<UUID[]> lists = em.createNativeQuery("select campaign_ids from kpi_change_batch where id = any(?1)")
                    .unwrap(NativeQuery.class).setParameter(1, ids, Long[].class).getResultList();
            Set<KpiScopeRef> campaigns = new LinkedHashSet<>();
            lists.forEach(list -> List.of(list).forEach(c -> campaigns.add(new KpiScopeRef(KpiScope.CAMPAIGN, c))));
            mark(List.of(job), campaigns);
            em.createNativeQuery("delete from kpi_change_batch where id = any(?1)").unwrap(NativeQuery.class)
                    .setParameter(1, ids, Long[].class).executeUpdate();
        }
        if (failed.scopes().isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select c.scope, c.scope_id, c.touched from kpi_change c
                join unnest(cast(?2 as text[]), cast(?3 as uuid[])) t (s, i) on c.scope = t.s and c.scope_id = t.i
                where c.job = ?1 and c.failures = 0 order by c.scope, c.scope_id""")
                .unwrap(NativeQuery.class)
                .setParameter(1, job.name(), String.class)
                .setParameter(2, failed.scopes().stream().map(s -> s.scope().name()).toArray(String[]::new), String[].class)
                .setParameter(3, failed.scopes().stream().map(KpiScopeRef::id).toArray(UUID[]::new), UUID[].class)
                .getResultList();
        return rows.stream().map(r -> new Mark(new KpiScopeRef(KpiScope.valueOf((String) r[0]), (UUID) r[1]),
                ((Number) r[2]).longValue())).toList();
    }

    /**
     * Parks a scope whose work failed on its own: its mark stays, counts the failure and waits until a retry time that
     * doubles with each failure (1 min to 1 h). Answers the failures so far, 0 when the mark is gone.
     */
    public int park(Job job, Mark mark, Instant now) {
        em.createNativeQuery("update kpi_change set failures = failures + 1, retry_after = cast(?4 as timestamptz) + "
                        + BACKOFF + " where job = ?1 and scope = ?2 and scope_id = ?3")
                .setParameter(1, job.name()).setParameter(2, mark.scope().scope().name()).setParameter(3, mark.scope().id())
                .setParameter(4, now).executeUpdate();
        List<?> failures = em.createNativeQuery("select failures from kpi_change where job = ?1 and scope = ?2 and scope_id = ?3")
                .setParameter(1, job.name()).setParameter(2, mark.scope().scope().name()).setParameter(3, mark.scope().id())
                .getResultList();
        return failures.isEmpty() ? 0 : ((Number) failures.get(0)).intValue();
    }

    /** A parked scope's work went through: it counts as an ordinary mark again, unless a writer holds it right now. */
    public void unpark(Job job, Mark mark) {
        em.createNativeQuery("""
                update kpi_change k set failures = 0, retry_after = null from (
                    select scope, scope_id from kpi_change where job = ?1 and scope = ?2 and scope_id = ?3 and failures > 0
                    for update skip locked) d
                where k.job = ?1 and k.scope = d.scope and k.scope_id = d.scope_id""")
                .setParameter(1, job.name()).setParameter(2, mark.scope().scope().name()).setParameter(3, mark.scope().id())
                .executeUpdate();
    }

    /** Parked marks of every job, first by job and retry time, at most {@code limit} (KpiJobProgress counts them all). */
    @SuppressWarnings("unchecked")
    public List<Parked> firstParked(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select job, scope, scope_id, touched, failures, retry_after from kpi_change
                where failures > 0 order by job, retry_after limit ?1""").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Parked(Job.valueOf((String) r[0]),
                new Mark(new KpiScopeRef(KpiScope.valueOf((String) r[1]), (UUID) r[2]), ((Number) r[3]).longValue()),
                ((Number) r[4]).intValue(), KpiRollups.instant(r[5]))).toList();
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
