package dev.marketingops.feedback.privacy.app;

import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.insights.app.SubjectInsights;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.triage.app.FeatureVotes;
import dev.marketingops.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Deletes everything held about a customer: their feedback with its terms and votes (by cascade), matched under
 * every pseudonym key. The figures of the subjects they talked about are recomputed, so NPS no longer counts them,
 * and each deleted piece is retracted on feedback.insights, so consumers remove what they built from it.
 */
@ApplicationScoped
public class Erasure {

    private final CustomerPseudonyms pseudonyms;
    private final SubjectInsights insights;
    private final Outbox outbox;
    private final FeatureVotes votes;
    private final Clock clock;

    public Erasure(CustomerPseudonyms pseudonyms, SubjectInsights insights, Outbox outbox, FeatureVotes votes, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.insights = insights;
        this.outbox = outbox;
        this.votes = votes;
        this.clock = clock;
    }

    /**
     * The right to erasure, asked for here: erases the customer's feedback and asks every service to do the same
     * (CustomerErasureRequested on privacy.erasure), in one transaction.
     */
    @Transactional
    public Requested request(String customerRef, String requestedBy) {
        long erased = erase(customerRef);
        UUID requestId = UUID.randomUUID();
        outbox.emit(new CustomerErasureRequested(requestId, customerRef, clock.instant(), requestedBy));
        return new Requested(requestId, erased);
    }

    /** Erases the customer's feedback and answers how many pieces went; 0 when there was nothing (idempotent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long erase(String customerRef) {
        List<String> hashes = pseudonyms.allHashes(customerRef);
        List<Feedback> held = Feedback.list("customerHash in ?1", hashes);
        // Locked in one global order (type, then id), as new feedback does, so erasure and intake never deadlock.
        Set<Subject> subjects = new TreeSet<>(Comparator.comparing(Subject::type).thenComparing(Subject::id));
        Instant now = clock.instant();
        for (Feedback feedback : held) {
            SubjectRef ref = feedback.subject();
            subjects.addAll(Subject.allOf(ref));
            // In the erasure's transaction: the retraction goes out exactly when the feedback is really gone.
            outbox.emit(new FeedbackRetracted(feedback.id, ref, FeedbackRetracted.ERASURE, now));
        }
        // Their votes go too, also those merged into other customers' requests; the items are recounted after.
        List<UUID> votedItems = votes.itemsVotedBy(hashes);
        votes.forget(hashes);
        long erased = Feedback.delete("customerHash in ?1", hashes);
        subjects.forEach(insights::afterRemoval);
        new TreeSet<>(votedItems).forEach(votes::recount);
        return erased;
    }

    /** The request id (as in the event) and the number of feedback records erased by this service. */
    public record Requested(UUID requestId, long erasedFeedback) {
    }
}
