package dev.marketingops.feedback.privacy.app;

import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackRetracted;
import dev.marketingops.contracts.privacy.CustomerErasureRequested;
import dev.marketingops.feedback.collect.domain.Feedback;
import dev.marketingops.feedback.insights.app.SubjectInsights;
import dev.marketingops.feedback.privacy.domain.CustomerData;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.privacy.domain.ErasureRecord;
import dev.marketingops.feedback.subject.domain.Subject;
import dev.marketingops.feedback.triage.app.FeatureVotes;
import dev.marketingops.feedback.triage.app.Triage;
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

/** Deletes everything held about a customer, retracts and recounts what it fed, and remembers the erasure. */
@ApplicationScoped
public class Erasure {

    private final SubjectInsights insights;
    private final Outbox outbox;
    private final FeatureVotes votes;
    private final Triage triage;
    private final ErasedCustomers erasedCustomers;
    private final CustomerData data;
    private final ErasureProgress progress;
    private final Clock clock;

    public Erasure(SubjectInsights insights, Outbox outbox, FeatureVotes votes, Triage triage,
                   ErasedCustomers erasedCustomers, CustomerData data, ErasureProgress progress, Clock clock) {
        this.insights = insights;
        this.outbox = outbox;
        this.votes = votes;
        this.triage = triage;
        this.erasedCustomers = erasedCustomers;
        this.data = data;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * The right to erasure, asked for here: erases the customer's feedback, records the request (feedback done, every
     * expected service pending) and asks every service to do the same (CustomerErasureRequested on privacy.erasure,
     * carrying the request's id), in one transaction.
     */
    @Transactional
    public ErasureRecord request(String customerRef, String requestedBy) {
        Instant now = clock.instant();
        long erased = erase(customerRef, now);
        UUID requestId = UUID.randomUUID();
        ErasureRecord record = progress.open(requestId, customerRef, now, requestedBy, erased);
        outbox.emit(new CustomerErasureRequested(requestId, customerRef, now, requestedBy));
        return record;
    }

    /**
     * Erases the customer's feedback (matched under every pseudonym key) with its terms, votes, outbox rows and
     * receipts, and answers how many pieces went; 0 when there was nothing (idempotent). The subjects' figures and the
     * items' votes are recomputed, each piece is retracted on feedback.insights, and the customer's submissions made at
     * or before {@code requestedAt} (or the latest erased one) are refused from now on.
     *
     * <p>Locks in the service's one order (intake and triage take the same): the customer's erasure lock, feedback rows
     * (by id), themes (by id), item vote tallies (by item id), then subject states (by type, then id).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long erase(String customerRef, Instant requestedAt) {
        // First: waits for this customer's submissions in flight and keeps new ones out until this commits.
        List<CustomerPseudonyms.Pseudonym> customer = erasedCustomers.lockForErasure(customerRef);
        List<String> hashes = customer.stream().map(CustomerPseudonyms.Pseudonym::hash).toList();
        // Exactly the rows locked here are deleted, so nothing goes without its retraction and its recounts.
        List<Feedback> held = data.lockFeedbackOf(hashes);
        List<UUID> ids = held.stream().map(feedback -> feedback.id).toList();
        Instant erasedAt = requestedAt;
        Set<Subject> subjects = new TreeSet<>(Comparator.comparing(Subject::type).thenComparing(Subject::id));
        Set<UUID> items = new TreeSet<>(votes.itemsVotedBy(hashes));
        // Their published texts and receipts; before this erasure emits its own events about the same ids.
        data.deleteCopies(ids);
        Instant now = clock.instant();
        for (Feedback feedback : held) {
            SubjectRef ref = feedback.subject();
            subjects.addAll(Subject.allOf(ref));
            erasedAt = feedback.submittedAt.isAfter(erasedAt) ? feedback.submittedAt : erasedAt;
            if (feedback.type == FeedbackType.FEATURE_REQUEST) {
                addIfPresent(items, feedback.roadmapItemId);
                addIfPresent(items, triage.handOver(feedback, ids, hashes));
            }
            // In the erasure's transaction: the retraction goes out exactly when the feedback is really gone.
            outbox.emit(new FeedbackRetracted(feedback.id, ref, FeedbackRetracted.ERASURE, now));
        }
        // Their votes go too, also those merged into other customers' requests; the items are recounted after.
        votes.forget(hashes);
        data.delete(ids);
        // Tallies before subject states, as intake locks them.
        items.forEach(votes::recount);
        subjects.forEach(insights::afterRemoval);
        erasedCustomers.record(customer, erasedAt);
        return ids.size();
    }

    private static void addIfPresent(Set<UUID> items, UUID item) {
        if (item != null) {
            items.add(item);
        }
    }
}
