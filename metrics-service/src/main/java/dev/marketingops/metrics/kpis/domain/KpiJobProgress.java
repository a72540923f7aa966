package dev.marketingops.metrics.kpis.domain;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each KPI job's last finished chunk, oldest waiting mark (V7_10) and parked scopes (V7_9), read in one statement. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KpiJobProgress {

    /**
     * Every job's reading. Parked marks wait by design and are counted apart; the oldest waiting mark and the oldest
     * commit record are each found in index order (V7_11, and the commit records' id), without scanning a backlog.
     */
    static final String READ = """
            select p.job, p.moved_at,
                   (select min(c.marked_at) from kpi_change c where c.job = p.job and c.failures = 0),
                   (select b.marked_at from kpi_change_batch b where b.job = p.job order by b.id limit 1),
                   (select count(*) from kpi_change c where c.job = p.job and c.failures > 0)
            from kpi_job_progress p order by p.job""";

    private final EntityManager em;

    public KpiJobProgress(EntityManager em) {
        this.em = em;
    }

    /**
     * A job's state as the database has it: its last finished chunk ({@code movedAt}, null if none yet), its oldest
     * waiting mark or commit record ({@code oldestMark}, null when none waits; parked marks left out) and how many of
     * its scopes are parked.
     */
    public record Reading(Job job, Instant movedAt, Instant oldestMark, long parked) {

        /** Since when waiting work has not moved: its oldest mark, or the last finished chunk if later; empty when idle. */
        public Optional<Instant> waitingSince() {
            if (oldestMark == null) {
                return Optional.empty();
            }
            return Optional.of(movedAt != null && movedAt.isAfter(oldestMark) ? movedAt : oldestMark);
        }
    }

    /**
     * In a chunk's transaction, after its marks are removed: the job moved (database time, as marked_at). The time of
     * this statement, near the commit, not the transaction's start: a long chunk would otherwise commit a moved_at
     * already a transaction timeout old, and a draining backlog would read as stalled.
     */
    public void moved(Job job) {
        em.createNativeQuery("update kpi_job_progress set moved_at = clock_timestamp() where job = ?1")
                .setParameter(1, job.name()).executeUpdate();
    }

    /** Every job's reading, in one statement ({@link #READ}). */
    @SuppressWarnings("unchecked")
    public List<Reading> read() {
        List<Object[]> rows = em.createNativeQuery(READ).getResultList();
        return rows.stream().map(r -> new Reading(Job.valueOf((String) r[0]), instant(r[1]),
                earlier(instant(r[2]), instant(r[3])), ((Number) r[4]).longValue())).toList();
    }

    private static Instant instant(Object o) {
        return o == null ? null : KpiRollups.instant(o);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
