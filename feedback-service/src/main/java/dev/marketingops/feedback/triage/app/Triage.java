package dev.marketingops.feedback.triage.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.feedback.FeatureRequestLinked;
import dev.marketingops.contracts.feedback.FeatureRequestUnlinked;
import dev.marketingops.contracts.feedback.FeatureRequestsMerged;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.plumbing.outbox.Outbox;
import dev.marketingops.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Triage of feature requests: link to a roadmap item, unlink, merge duplicates. Each change and the item's new vote
 * count leave through the outbox in the change's transaction. Feedback has no owner team; the role is the check.
 */
@ApplicationScoped
public class Triage {

    /** Themes carried by a FeatureRequestLinked, as for FeedbackReceived. */
    static final int THEMES_PER_EVENT = 10;

    private final EntityManager em;
    private final FeatureVotes votes;
    private final Outbox outbox;
    private final Clock clock;

    public Triage(EntityManager em, FeatureVotes votes, Outbox outbox, Clock clock) {
        this.em = em;
        this.votes = votes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Links the request to the item (moving it from another item); linking it where it already is changes nothing. */
    @Transactional
    public Triaged link(UUID feedbackId, UUID roadmapItemId) {
        Feedback request = openRequest(feedbackId);
        UUID previous = request.roadmapItemId;
        if (roadmapItemId.equals(previous)) {
            return triaged(request);
        }
        request.roadmapItemId = roadmapItemId;
        outbox.emit(new FeatureRequestLinked(request.id, roadmapItemId, previous, request.sentiment, themes(request.id),
                clock.instant()));
        // Recounted in one global order, so two triagers moving requests between the same items never deadlock.
        recount(previous, roadmapItemId);
        return triaged(request);
    }

    /** Makes the request untriaged again; 409 when it is not linked. */
    @Transactional
    public Triaged unlink(UUID feedbackId) {
        Feedback request = openRequest(feedbackId);
        UUID item = request.roadmapItemId;
        if (item == null) {
            throw ProblemException.conflict("Feature request " + feedbackId + " is not linked to a roadmap item");
        }
        request.roadmapItemId = null;
        outbox.emit(new FeatureRequestUnlinked(request.id, item, clock.instant()));
        recount(item);
        return triaged(request);
    }

    /**
     * Merges the duplicates into the target: their voters vote on the target (each customer once), they stop counting
     * as requests, and requests merged into them earlier now point at the target.
     */
    @Transactional
    public Triaged merge(UUID targetId, List<UUID> duplicateIds) {
        Set<UUID> duplicates = new LinkedHashSet<>(duplicateIds);
        if (duplicates.contains(targetId)) {
            throw ProblemException.invalidField("duplicates", "must not contain the target request");
        }
        // Rows locked in id order, as every merge does, so overlapping merges wait instead of deadlocking.
        Set<UUID> all = new TreeSet<>(duplicates);
        all.add(targetId);
        all.forEach(id -> em.find(Feedback.class, id, LockModeType.PESSIMISTIC_WRITE));
        Feedback target = openRequest(targetId);
        List<UUID> items = new ArrayList<>();
        items.add(target.roadmapItemId);
        for (UUID id : duplicates) {
            Feedback duplicate = openRequest(id);
            items.add(duplicate.roadmapItemId);
            duplicate.mergedInto = targetId;
        }
        em.flush();
        em.createNativeQuery("update feedback set merged_into = ?1 where merged_into in (?2)")
                .setParameter(1, targetId).setParameter(2, duplicates).executeUpdate();
        votes.copyVoters(duplicates, targetId);
        outbox.emit(new FeatureRequestsMerged(targetId, List.copyOf(duplicates), target.roadmapItemId, clock.instant()));
        recount(items.toArray(UUID[]::new));
        return triaged(target);
    }

    /**
     * Before an erased customer's request goes (erasure, its rows already locked): the merge survives on the oldest
     * remaining duplicate, which takes the request's place: its item, the other duplicates and the other customers'
     * votes. Without this the delete would un-merge the duplicates ({@code on delete set null}) with their votes gone.
     * Answers the item whose votes to recount, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID handOver(Feedback target, Collection<UUID> erased, Collection<String> erasedVoters) {
        @SuppressWarnings("unchecked")
        List<UUID> remaining = em.createNativeQuery("""
                select id from feedback where merged_into = ?1 and id not in (?2) order by submitted_at, id""")
                .setParameter(1, target.id).setParameter(2, erased).getResultList();
        if (remaining.isEmpty()) {
            return null;
        }
        Feedback heir = em.find(Feedback.class, remaining.get(0));
        heir.mergedInto = null;
        heir.roadmapItemId = target.roadmapItemId;
        em.flush();
        em.createNativeQuery("update feedback set merged_into = ?1 where merged_into = ?2")
                .setParameter(1, heir.id).setParameter(2, target.id).executeUpdate();
        em.createNativeQuery("""
                insert into feature_request_voter (feedback_id, customer_hash)
                select ?1, customer_hash from feature_request_voter where feedback_id = ?2 and customer_hash not in (?3)
                on conflict do nothing""").setParameter(1, heir.id).setParameter(2, target.id).setParameter(3, erasedVoters)
                .executeUpdate();
        // As a merged duplicate the heir counted nowhere; now it counts on the target's item, for roadmap too.
        if (heir.roadmapItemId != null) {
            outbox.emit(new FeatureRequestLinked(heir.id, heir.roadmapItemId, null, heir.sentiment, themes(heir.id),
                    clock.instant()));
        }
        List<UUID> others = remaining.subList(1, remaining.size());
        if (!others.isEmpty()) {
            outbox.emit(new FeatureRequestsMerged(heir.id, List.copyOf(others), heir.roadmapItemId, clock.instant()));
        }
        return heir.roadmapItemId;
    }

    /** A feature request that was not merged away; 404 for anything else, 409 for a merged duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Feedback openRequest(UUID feedbackId) {
        Feedback request = em.find(Feedback.class, feedbackId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.type != FeedbackType.FEATURE_REQUEST) {
            throw ProblemException.notFound("Feature request", feedbackId);
        }
        if (request.mergedInto != null) {
            throw ProblemException.conflict("Feature request " + feedbackId + " was merged into " + request.mergedInto);
        }
        return request;
    }

    private Triaged triaged(Feedback request) {
        em.flush();
        return new Triaged(request, votes.votersOf(request.id));
    }

    private void recount(UUID... items) {
        em.flush();
        Set<UUID> ordered = new TreeSet<>();
        for (UUID item : items) {
            if (item != null) {
                ordered.add(item);
            }
        }
        ordered.forEach(votes::recount);
    }

    @SuppressWarnings("unchecked")
    private List<String> themes(UUID feedbackId) {
        List<String> labels = em.createNativeQuery("select label from feedback_term where feedback_id = ?1 order by term limit ?2")
                .setParameter(1, feedbackId).setParameter(2, THEMES_PER_EVENT * 3).getResultList();
        return labels.stream().filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty() && l.length() <= 100)
                .distinct().limit(THEMES_PER_EVENT).toList();
    }

    /** A request after a triage step, with its voters (merged duplicates' voters included) as of that step. */
    public record Triaged(Feedback request, long voters) {
    }
}
