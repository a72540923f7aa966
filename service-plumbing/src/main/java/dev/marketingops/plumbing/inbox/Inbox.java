package dev.marketingops.plumbing.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Remembers which CloudEvent ids a consumer has applied, inside the same transaction as the effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the event for this consumer; answers false when it was recorded before (a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String eventType) {
        int inserted = em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
