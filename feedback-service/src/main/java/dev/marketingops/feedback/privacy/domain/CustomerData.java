package dev.marketingops.feedback.privacy.domain;

import dev.marketingops.feedback.collect.domain.Feedback;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What erasure deletes of a customer: their feedback rows, and the outbox rows and receipts that name them. */
@ApplicationScoped
public class CustomerData {

    private final EntityManager em;

    public CustomerData(EntityManager em) {
        this.em = em;
    }

    /**
     * The customer's feedback under any of these pseudonyms, locked in id order together with the other customers'
     * requests merged into it (which an erasure hands a merge over to), in one statement. Locking the two sets in two
     * id-ordered passes deadlocked two erasures whose customers each had a duplicate merged into the other's request:
     * each held its own rows and waited for the other's duplicate. FOR UPDATE (not Hibernate's weaker write lock) also
     * holds off a merge pointing a duplicate at one of them until the erasure commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Feedback> lockFeedbackOf(List<String> customerHashes) {
        // The ids are gathered first (customer_hash, then merged_into lookups) and the rows locked by primary key: an
        // OR of the two conditions would read the whole table.
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("""
                with own as (select id from feedback where customer_hash in (?1))
                select f.id, f.customer_hash from feedback f
                where f.id in (select id from own union select d.id from feedback d join own o on d.merged_into = o.id)
                order by f.id for update of f""").setParameter(1, customerHashes).getResultList();
        Set<String> own = Set.copyOf(customerHashes);
        List<UUID> ids = locked.stream().filter(row -> own.contains((String) row[1])).map(row -> (UUID) row[0]).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Feedback.list("id in ?1", Sort.by("id"), ids);
    }

    /**
     * Deletes the outbox rows about these feedback ids (published or not; their CloudEvent subject is the id:
     * FeedbackReceived with its text, triage events) and the idempotency receipts answering with one of them. Call it
     * before emitting the erasure's own events about them (the retractions).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteCopies(Collection<UUID> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return;
        }
        List<String> texts = feedbackIds.stream().map(UUID::toString).toList();
        em.createNativeQuery("delete from outbox_event where subject in (?1)").setParameter(1, texts).executeUpdate();
        // Feedback's receipts answer with the stored feedback id (FeedbackIntake).
        em.createNativeQuery("delete from idempotency_receipt where response in (?1)").setParameter(1, texts).executeUpdate();
    }

    /** Deletes the feedback rows; terms, votes and theme members go by cascade (themes locked in id order first). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(Collection<UUID> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("""
                select id from theme where id in (select theme_id from feedback_theme where feedback_id in (?1))
                order by id for update""").setParameter(1, feedbackIds).getResultList();
        em.createNativeQuery("delete from feedback where id in (?1)").setParameter(1, feedbackIds).executeUpdate();
    }
}
