package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event ids are remembered for the dedup horizon (24 h by default) and forgotten after it. */
@QuarkusTest
class DedupHorizonTest {

    @Inject
    SeenActivityPurge purge;

    @Inject
    EntityManager em;

    @Test
    void idsOlderThanTheHorizonArePurgedAndYoungerOnesKept() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into seen_activity (event_id, seen_at) values (?1, now() - interval '25 hours'),
                                                                     (?2, now() - interval '23 hours')""")
                .setParameter(1, old).setParameter(2, recent).executeUpdate());

        purge.purge();

        assertThat(seen(old)).isFalse();
        assertThat(seen(recent)).isTrue();
    }

    private boolean seen(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from seen_activity where event_id = ?1").setParameter(1, id).getResultList().isEmpty());
    }
}
