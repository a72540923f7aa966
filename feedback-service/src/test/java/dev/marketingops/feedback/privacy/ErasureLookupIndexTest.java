package dev.marketingops.feedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Erasure finds a customer's copies through indexes (V7_4), not by reading whole tables. */
@QuarkusTest
class ErasureLookupIndexTest {

    @Inject
    EntityManager em;

    @Test
    void outboxRowsAndReceiptsOfTheErasedFeedbackAreLookedUpInAnIndex() {
        // CustomerData.deleteCopies' statements, for several feedback ids and for one (planned as a plain "=").
        for (List<String> ids : List.of(List.of(id(), id(), id()), List.of(id()))) {
            assertThat(plan("delete from outbox_event where subject in (?1)", ids))
                    .contains("outbox_event_subject").doesNotContain("Seq Scan");
            assertThat(plan("delete from idempotency_receipt where response in (?1)", ids))
                    .contains("idempotency_receipt_response").doesNotContain("Seq Scan");
        }
    }

    @Test
    void duplicatesMergedIntoTheErasedFeedbackAreLookedUpInAnIndex() {
        UUID erased = UUID.randomUUID();
        // CustomerData.lockFeedbackOf's duplicates (joined on merged_into), and what merged_into's foreign key (on
        // delete set null) runs per deleted row.
        assertThat(plan("""
                with own as (select id from feedback where customer_hash in (?1))
                select f.id, f.customer_hash from feedback f
                where f.id in (select id from own union select d.id from feedback d join own o on d.merged_into = o.id)
                order by f.id for update of f""", List.of("hash-a", "hash-b")))
                .contains("feedback_merged_into").doesNotContain("Seq Scan");
        assertThat(plan("update feedback set merged_into = null where merged_into = ?1", erased))
                .contains("feedback_merged_into").doesNotContain("Seq Scan");
    }

    /** The plan as it would be on a big table: here the tables are small, and reading them whole would be cheaper. */
    private String plan(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select set_config('enable_seqscan', 'off', true)").getSingleResult();
            List<?> lines = em.createNativeQuery("explain " + sql).setParameter(1, parameter).getResultList();
            return lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        });
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
