package dev.marketingops.campaign.scheduler.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finds campaigns whose start or end has come, locking them {@code for update skip locked}, so scheduler replicas
 * split the due campaigns between them instead of stepping one twice. Callers hold the transaction.
 */
@ApplicationScoped
public class DueCampaigns {

    private static final String DUE_TO_START = """
            select id from campaign where status = 'SCHEDULED' and starts_at <= ?1
            order by starts_at limit ?2 for update skip locked""";
    private static final String DUE_TO_END = """
            select id from campaign where status in ('ACTIVE', 'PAUSED') and ends_at <= ?1
            order by ends_at limit ?2 for update skip locked""";
    /** Both partial indexes, no lock and no transaction of its own: the idle tick's only query. */
    private static final String ANY_DUE = """
            select exists (select 1 from campaign where status = 'SCHEDULED' and starts_at <= ?1)
                or exists (select 1 from campaign where status in ('ACTIVE', 'PAUSED') and ends_at <= ?1)""";

    private final EntityManager em;

    public DueCampaigns(EntityManager em) {
        this.em = em;
    }

    /** Whether any campaign's start or end has come by {@code now} (it may be locked by another replica). */
    public boolean anyDue(Instant now) {
        return (Boolean) em.createNativeQuery(ANY_DUE, Boolean.class).setParameter(1, now).getSingleResult();
    }

    /** SCHEDULED campaigns whose start is at or before {@code now}, at most {@code limit}. */
    public List<UUID> toStart(Instant now, int limit) {
        return due(DUE_TO_START, now, limit);
    }

    /** ACTIVE or PAUSED campaigns whose end is at or before {@code now}, at most {@code limit}. */
    public List<UUID> toEnd(Instant now, int limit) {
        return due(DUE_TO_END, now, limit);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> due(String query, Instant now, int limit) {
        return em.createNativeQuery(query, UUID.class).setParameter(1, now).setParameter(2, limit).getResultList();
    }
}
