package dev.marketingops.feedback.privacy.app;

import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.transaction.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Who was erased and when, by pseudonym only: their feedback submitted at or before then is not taken again. */
@ApplicationScoped
public class ErasedCustomers {

    private final EntityManager em;
    private final CustomerPseudonyms pseudonyms;
    private final Clock clock;
    private final TransactionLocks locks;

    public ErasedCustomers(EntityManager em, CustomerPseudonyms pseudonyms, Clock clock, TransactionLocks locks) {
        this.em = em;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.locks = locks;
    }

    /** Whether the submission may be stored: its customer was never erased, or erased before it was submitted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean admits(FeedbackSubmitted submission) {
        return refusal(submission).isEmpty();
    }

    /** As {@link #admits}, or a 422 naming {@code customerRef}: a client re-sending old data learns to drop it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(FeedbackSubmitted submission) {
        refusal(submission).ifPresent(erasedAt -> {
            throw new Refused(erasedAt);
        });
    }

    /** Takes the customer's erasure lock (exclusive) and answers their pseudonyms under every known key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CustomerPseudonyms.Pseudonym> lockForErasure(String customerRef) {
        List<CustomerPseudonyms.Pseudonym> all = pseudonyms.all(customerRef);
        locks.hold(lockNames(all.stream().map(CustomerPseudonyms.Pseudonym::hash).toList()));
        return all;
    }

    /** Remembers the erasure under every pseudonym; a repeated erasure never moves the time back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<CustomerPseudonyms.Pseudonym> customer, Instant erasedAt) {
        for (CustomerPseudonyms.Pseudonym pseudonym : customer) {
            em.createNativeQuery("""
                    insert into erased_customer (customer_hash, customer_key_id, erased_at) values (?1, ?2, ?3)
                    on conflict (customer_hash) do update set erased_at = greatest(erased_customer.erased_at, excluded.erased_at)""")
                    .setParameter(1, pseudonym.hash()).setParameter(2, pseudonym.keyId()).setParameter(3, erasedAt)
                    .executeUpdate();
        }
    }

    /** The erasure time that refuses this submission, if any (submitted at or before it). */
    private Optional<Instant> refusal(FeedbackSubmitted submission) {
        List<String> hashes = pseudonyms.allHashes(submission.customerRef());
        locks.holdShared(lockNames(hashes));
        // Read after the lock is granted, so an erasure that committed meanwhile is seen (a new snapshot per statement).
        Object erasedAt = em.createNativeQuery("select max(erased_at) from erased_customer where customer_hash in (?1)")
                .setParameter(1, hashes).getSingleResult();
        if (erasedAt == null) {
            return Optional.empty();
        }
        Instant erased = instant(erasedAt);
        Instant submitted = submission.submittedAt() == null ? clock.instant() : submission.submittedAt();
        return submitted.isAfter(erased) ? Optional.empty() : Optional.of(erased);
    }

    /**
     * The customer's erasure lock: intake shared, erasure exclusive, so an erasure waits for the customer's submissions
     * in flight and a submission arriving meanwhile waits and then sees the erasure. Taken first in both transactions,
     * before any row lock, under every key's pseudonym in sorted order (a replica that does not know a new key yet
     * still meets the erasure on the old one).
     */
    private static List<String> lockNames(List<String> hashes) {
        return hashes.stream().map(hash -> "erasure\n" + hash).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** The customer was erased after this submission was made: 422 naming customerRef, dropped on Kafka. */
    public static final class Refused extends ProblemException {

        Refused(Instant erasedAt) {
            super(422, "Unprocessable Content", "customerRef: the customer was erased", List.of(new Problem.FieldError(
                    "customerRef", "this customer's data was erased at " + erasedAt + "; feedback they submitted at or before "
                            + "then is not taken again (only feedback submitted later is new consent)")), null);
        }
    }
}
