package dev.marketingops.plumbing.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marketingops.plumbing.problem.ProblemException;
import dev.marketingops.plumbing.transaction.TransactionLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one Idempotency-Key store of every service: keys are per caller, a key reused for another request is a 422, and
 * receipts expire after {@code marketingops.idempotency.retention}.
 *
 * <p>Both calls run inside the caller's transaction, which must span the work between them (MANDATORY): {@link #replay}
 * takes a lock on the key that is held until that transaction ends, so a concurrent request under the same key waits
 * for the first one's receipt instead of doing the work twice. In a transaction of its own the lock would be gone
 * before the work started.
 */
@ApplicationScoped
public class IdempotencyReceipts {

    /** The first answer given under a key. */
    public record Receipt(int status, String response) {
    }

    /**
     * The request hash of a receipt whose fingerprint a service withdrew (a migration set it when the service changed
     * what it fingerprints): such a receipt answers any request under its key until it expires, so a retry across
     * the upgrade gets its first answer instead of a 422 or a second write.
     */
    public static final String WITHDRAWN_FINGERPRINT = "withdrawn";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionLocks locks;

    public IdempotencyReceipts(EntityManager em, ObjectMapper mapper, TransactionLocks locks) {
        this.em = em;
        this.mapper = mapper;
        this.locks = locks;
    }

    /**
     * The SHA-256 of the request as JSON: what a retry must repeat exactly. The hash is unkeyed and kept with the
     * receipt, so a request carrying personal data must be passed in the form the service stores it (a keyed
     * pseudonym instead of a customer reference, redacted text): a guessable request's hash confirms a guess.
     */
    public String fingerprint(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    /**
     * The answer stored under the caller's key, if any; a key stored for another request is a 422 naming the header.
     * The caller is the token's name over REST, or the CloudEvent source of a submission that arrived on Kafka.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Receipt> replay(String who, IdempotencyKey key, String requestHash) {
        locks.hold(who + "\n" + key.value());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, response from idempotency_receipt
                where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, who).setParameter(2, key.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0]) && !WITHDRAWN_FINGERPRINT.equals(row[0])) {
            throw ProblemException.invalidField(IdempotencyKey.HEADER, "was already used for a different request");
        }
        return Optional.of(new Receipt(((Number) row[1]).intValue(), (String) row[2]));
    }

    /** Keeps the first answer under the caller's key (with the work, in the caller's transaction); a later one is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String who, IdempotencyKey key, String requestHash, Receipt receipt) {
        em.createNativeQuery("""
                insert into idempotency_receipt (caller, idempotency_key, request_hash, status, response)
                values (?1, ?2, ?3, ?4, ?5) on conflict (caller, idempotency_key) do nothing""")
                .setParameter(1, who).setParameter(2, key.value()).setParameter(3, requestHash)
                .setParameter(4, receipt.status()).setParameter(5, receipt.response()).executeUpdate();
    }

    /** Readable text of an answer, for {@link Receipt#response()}. */
    public String write(Object answer) {
        try {
            return mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer", e);
        }
    }
}
