package dev.marketingops.plumbing.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Named PostgreSQL advisory locks held until the caller's transaction ends, so replicas serialise work on one thing. */
@ApplicationScoped
public class TransactionLocks {

    private final EntityManager em;

    public TransactionLocks(EntityManager em) {
        this.em = em;
    }

    /** Waits for and takes the lock of {@code name}; see {@link #hold(Collection)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String name) {
        hold(List.of(name));
    }

    /**
     * Waits for and takes the lock of each name, released at commit or rollback. Taken in sorted order, so two callers
     * whose sets overlap wait for each other instead of deadlocking. Reads after it see what an earlier holder
     * committed (READ COMMITTED takes a new snapshot per statement). A name is hashed to the lock's 64-bit key
     * ({@code hashtextextended}); prefix it with what it stands for ({@code "roadmap.feedback:" + id}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(Collection<String> names) {
        take(names, "pg_advisory_xact_lock");
    }

    /**
     * As {@link #hold(Collection)}, but shared: holders of the shared lock of a name do not wait for each other, only
     * for (and keep out) a holder of its exclusive lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdShared(Collection<String> names) {
        take(names, "pg_advisory_xact_lock_shared");
    }

    private void take(Collection<String> names, String function) {
        for (String name : new TreeSet<>(names)) {
            em.createNativeQuery("select " + function + "(hashtextextended(?1, 0))").setParameter(1, name).getSingleResult();
        }
    }
}
