package dev.marketingops.feedback.triage.app;

import dev.marketingops.contracts.feedback.FeatureVotesCounted;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One vote per customer per roadmap item: voters are pseudonymised customer keys per request, an item's votes are
 * its distinct voters over the requests linked to it, and every change is announced as {@link FeatureVotesCounted}.
 */
@ApplicationScoped
public class FeatureVotes {

    private final EntityManager em;
    private final CustomerPseudonyms pseudonyms;
    private final Outbox outbox;
    private final Clock clock;

    public FeatureVotes(EntityManager em, CustomerPseudonyms pseudonyms, Outbox outbox, Clock clock) {
        this.em = em;
        this.pseudonyms = pseudonyms;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records the request's customer as its voter. A customer seen before under an older pseudonym key keeps that
     * key as voter, so a key rotation never gives anyone a second vote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Feedback request, String customerRef) {
        List<?> known = em.createNativeQuery("select customer_hash from feature_request_voter where customer_hash in (?1) limit 1")
                .setParameter(1, pseudonyms.allHashes(customerRef)).getResultList();
        String voter = known.isEmpty() ? request.customerHash : (String) known.get(0);
        em.createNativeQuery("insert into feature_request_voter (feedback_id, customer_hash) values (?1, ?2) on conflict do nothing")
                .setParameter(1, request.id).setParameter(2, voter).executeUpdate();
        if (request.roadmapItemId != null) {
            recount(request.roadmapItemId);
        }
    }

    /** Distinct customers who asked for the item, over its requests (merged duplicates count through their target). */
    public long votes(UUID roadmapItemId) {
        return count("""
                select count(distinct v.customer_hash) from feature_request_voter v join feedback f on f.id = v.feedback_id
                where f.roadmap_item_id = ?1 and f.type = 'FEATURE_REQUEST' and f.merged_into is null""", roadmapItemId);
    }

    /** Voters of one request, its merged duplicates' voters included. */
    public long votersOf(UUID feedbackId) {
        return count("select count(*) from feature_request_voter where feedback_id = ?1", feedbackId);
    }

    /** Copies the duplicates' voters to the target; a customer already voting there stays one vote. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void copyVoters(Collection<UUID> duplicates, UUID target) {
        em.createNativeQuery("""
                insert into feature_request_voter (feedback_id, customer_hash)
                select distinct ?1, customer_hash from feature_request_voter where feedback_id in (?2)
                on conflict do nothing""").setParameter(1, target).setParameter(2, duplicates).executeUpdate();
    }

    /** Items whose votes include one of these pseudonyms (for erasure, before their rows go). */
    @SuppressWarnings("unchecked")
    public List<UUID> itemsVotedBy(List<String> customerHashes) {
        return em.createNativeQuery("""
                select distinct f.roadmap_item_id from feature_request_voter v join feedback f on f.id = v.feedback_id
                where v.customer_hash in (?1) and f.roadmap_item_id is not null""")
                .setParameter(1, customerHashes).getResultList();
    }

    /** Removes the customer as a voter everywhere, also from requests of others they were merged into. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(List<String> customerHashes) {
        em.createNativeQuery("delete from feature_request_voter where customer_hash in (?1)")
                .setParameter(1, customerHashes).executeUpdate();
    }

    /** Announces the item's votes and requests now; the locked tally row orders the announcements by commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(UUID roadmapItemId) {
        em.flush();
        long sequence = count("""
                insert into feature_item_tally (roadmap_item_id, sequence) values (?1, 1)
                on conflict (roadmap_item_id) do update set sequence = feature_item_tally.sequence + 1
                returning sequence""", roadmapItemId);
        long requests = count("""
                select count(*) from feedback where roadmap_item_id = ?1 and type = 'FEATURE_REQUEST' and merged_into is null""",
                roadmapItemId);
        outbox.emit(new FeatureVotesCounted(roadmapItemId, votes(roadmapItemId), requests, sequence, clock.instant()));
    }

    private long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
