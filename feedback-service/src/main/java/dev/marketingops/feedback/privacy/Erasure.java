package dev.marketingops.feedback.privacy;

import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.feedback.collect.Feedback;
import dev.marketingops.feedback.insights.SubjectInsights;
import dev.marketingops.feedback.subject.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deletes everything held about a customer: their feedback with its terms and votes (by cascade), matched under
 * every pseudonym key. The figures of the subjects they talked about are recomputed, so NPS no longer counts them.
 */
@ApplicationScoped
public class Erasure {

    private final CustomerPseudonyms pseudonyms;
    private final SubjectInsights insights;

    public Erasure(CustomerPseudonyms pseudonyms, SubjectInsights insights) {
        this.pseudonyms = pseudonyms;
        this.insights = insights;
    }

    /** Erases the customer's feedback and answers how many pieces went; 0 when there was nothing (idempotent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long erase(String customerRef) {
        List<String> hashes = pseudonyms.allHashes(customerRef);
        List<Feedback> held = Feedback.list("customerHash in ?1", hashes);
        // Locked in one global order (type, then id), as new feedback does, so erasure and intake never deadlock.
        Set<Subject> subjects = new TreeSet<>(Comparator.comparing(Subject::type).thenComparing(Subject::id));
        for (Feedback feedback : held) {
            SubjectRef ref = feedback.subject();
            subjects.addAll(Subject.allOf(ref));
        }
        long erased = Feedback.delete("customerHash in ?1", hashes);
        subjects.forEach(insights::afterRemoval);
        return erased;
    }
}
