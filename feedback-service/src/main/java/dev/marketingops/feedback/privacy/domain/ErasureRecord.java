package dev.marketingops.feedback.privacy.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** An erasure request, tracked until every service it must reach has done it; the customer only as a pseudonym. */
@Entity
@Table(name = "erasure_request")
public class ErasureRecord extends PanacheEntityBase {

    /** feedback-service's own name among a request's services: its part is done in the request's transaction. */
    public static final String HERE = "feedback";

    @Id
    public UUID id;
    public String customerHash;
    public String customerKeyId;
    public Instant requestedAt;
    public String requestedBy;
    public long erasedFeedback;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erasure_request_service", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("service")
    public List<ServiceErasure> services = new ArrayList<>();

    /** Where a request stands as a whole. */
    public enum Status {
        /** At least one expected service has not announced its erasure yet. */
        PENDING,
        /** Every expected service has erased the customer. */
        COMPLETED
    }

    /**
     * Records a request whose erasure here is done (in the caller's transaction, at {@code erasedHereAt}), with each
     * expected service pending. The customer is kept only as their pseudonym under the current key.
     */
    public static ErasureRecord open(UUID id, CustomerPseudonyms.Pseudonym customer, Instant requestedAt,
                                     String requestedBy, long erasedFeedback, Collection<String> expectedServices,
                                     Instant erasedHereAt) {
        ErasureRecord record = new ErasureRecord();
        record.id = id;
        record.customerHash = customer.hash();
        record.customerKeyId = customer.keyId();
        record.requestedAt = requestedAt;
        record.requestedBy = requestedBy;
        record.erasedFeedback = erasedFeedback;
        // By name, as a read orders them.
        TreeSet<String> services = new TreeSet<>(expectedServices);
        services.add(HERE);
        for (String service : services) {
            record.services.add(service.equals(HERE) ? ServiceErasure.done(HERE, erasedHereAt) : ServiceErasure.pending(service));
        }
        record.persist();
        return record;
    }

    /** Whether a request with this id is recorded here. */
    public static boolean recorded(UUID id) {
        return count("id", id) > 0;
    }

    /**
     * Marks a service's erasure done (the first completion time stays); a service not expected at the request is
     * recorded as done too. Answers false, changing nothing, when no request with this id is recorded here.
     */
    public static boolean complete(UUID id, String service, Instant completedAt) {
        if (!recorded(id)) {
            return false;
        }
        getEntityManager().createNativeQuery("""
                insert into erasure_request_service (request_id, service, status, completed_at) values (?1, ?2, 'DONE', ?3)
                on conflict (request_id, service) do update
                set status = 'DONE', completed_at = coalesce(erasure_request_service.completed_at, excluded.completed_at)""")
                .setParameter(1, id).setParameter(2, service).setParameter(3, completedAt).executeUpdate();
        return true;
    }

    /**
     * Keeps a completion whose request is not recorded yet (it travels on another topic and can overtake the request),
     * until {@link #applyEarlyCompletions} takes it; the first one per service stays, as on a recorded request.
     */
    public static void keepEarlyCompletion(UUID id, String service, Instant completedAt) {
        getEntityManager().createNativeQuery("""
                insert into early_erasure_completion (request_id, service, completed_at) values (?1, ?2, ?3)
                on conflict (request_id, service) do nothing""")
                .setParameter(1, id).setParameter(2, service).setParameter(3, completedAt).executeUpdate();
    }

    /** Marks done each service whose completion was kept before this request was recorded, and forgets them. */
    public static int applyEarlyCompletions(UUID id) {
        // The request's own rows must be in the table before the statement meets them.
        getEntityManager().flush();
        return getEntityManager().createNativeQuery("""
                with early as (delete from early_erasure_completion where request_id = ?1 returning service, completed_at)
                insert into erasure_request_service (request_id, service, status, completed_at)
                select ?1, service, 'DONE', completed_at from early
                on conflict (request_id, service) do update
                set status = 'DONE', completed_at = coalesce(erasure_request_service.completed_at, excluded.completed_at)""")
                .setParameter(1, id).executeUpdate();
    }

    /** Requests with a service still pending: all of them, and those requested before {@code overdueBefore}. */
    public static Backlog backlog(Instant overdueBefore) {
        Object[] counts = (Object[]) getEntityManager().createNativeQuery("""
                select count(*), count(*) filter (where r.requested_at < ?1) from erasure_request r
                where exists (select 1 from erasure_request_service s where s.request_id = r.id and s.status = 'PENDING')""")
                .setParameter(1, overdueBefore).getSingleResult();
        return new Backlog(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /** PENDING until every service expected at the request is DONE, then COMPLETED. */
    public Status status() {
        return services.stream().allMatch(ServiceErasure::done) ? Status.COMPLETED : Status.PENDING;
    }

    /** When the last service finished; null while one is pending. */
    public Instant completedAt() {
        return status() == Status.PENDING ? null
                : services.stream().map(ServiceErasure::completedAt).max(Comparator.naturalOrder()).orElse(requestedAt);
    }

    /** How many requests wait for a service, and how many of them for longer than the alert allows. */
    public record Backlog(long pending, long overdue) {
    }
}
