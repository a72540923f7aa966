package dev.marketingops.feedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.feedback.privacy.app.Erasure;
import dev.marketingops.feedback.privacy.domain.CustomerPseudonyms;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.StoredFeedback;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two erasures at once whose customers each have a request merged into the other's: both succeed. Erasure locks its
 * customer's requests and the duplicates merged into them in one id-ordered statement; in two passes each erasure held
 * its own rows and waited for the other's duplicate, and PostgreSQL aborted one (40P01).
 */
@QuarkusTest
class ErasureCrossMergeTest {

    @Inject
    Erasure erasure;
    @Inject
    CustomerPseudonyms pseudonyms;
    @Inject
    StoredFeedback stored;
    @Inject
    EntityManager em;

    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoErasuresWithDuplicatesMergedIntoEachOthersRequestsBothSucceed() throws Exception {
        String alice = "crm-alice-" + UUID.randomUUID();
        String bob = "crm-bob-" + UUID.randomUUID();
        String carl = "crm-carl-" + UUID.randomUUID();
        UUID product = UUID.randomUUID();
        Instant older = FixedClock.NOW.minusSeconds(7_200);
        Instant newer = FixedClock.NOW.minusSeconds(3_600);
        // Ids chosen for their order (the first hex digit): each erasure meets a row Carl's session holds before the
        // other customer's duplicate, so both are under way, holding their own rows, when the holder lets go.
        UUID aliceRequest = id(1);
        UUID bobRequest = id(2);
        UUID carlIntoAlice = id(3);
        UUID carlIntoBob = id(4);
        UUID aliceIntoBob = id(5);
        UUID bobIntoAlice = id(6);
        QuarkusTransaction.requiringNew().run(() -> {
            request(aliceRequest, alice, product, newer, null);
            request(bobRequest, bob, product, newer, null);
            request(carlIntoAlice, carl, product, older, aliceRequest);
            request(carlIntoBob, carl, product, older, bobRequest);
            request(aliceIntoBob, alice, product, newer, bobRequest);
            request(bobIntoAlice, bob, product, newer, aliceRequest);
        });
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select id from feedback where id in (?1) for update")
                    .setParameter(1, List.of(carlIntoAlice, carlIntoBob)).getResultList();
            held.countDown();
            awaitQuietly(release);
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        Future<Long> erasingAlice = threads.submit(() -> erase(alice));
        Future<Long> erasingBob = threads.submit(() -> erase(bob));
        await().atMost(Duration.ofSeconds(30)).until(() -> erasingAlice.isDone() || erasingBob.isDone()
                || lockWaitsOnMergedRequests() >= 2);
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        // A deadlock would abort one of them (40P01) and fail its future.
        assertThat(erasingAlice.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(erasingBob.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(stored.ofCustomer(alice)).isZero();
        assertThat(stored.ofCustomer(bob)).isZero();
        // Carl's requests are what is left of both merges: each took its erased target's place.
        assertThat(stored.exists(carlIntoAlice)).isTrue();
        assertThat(stored.exists(carlIntoBob)).isTrue();
        assertThat(stored.mergedInto(carlIntoAlice)).isNull();
        assertThat(stored.mergedInto(carlIntoBob)).isNull();
    }

    private long erase(String customerRef) {
        return QuarkusTransaction.requiringNew().call(() -> erasure.erase(customerRef, FixedClock.NOW));
    }

    /** Stores a feature request of the customer, merged into {@code mergedInto} when given. */
    private void request(UUID id, String customerRef, UUID product, Instant at, UUID mergedInto) {
        CustomerPseudonyms.Pseudonym customer = pseudonyms.current(customerRef);
        em.createNativeQuery("""
                        insert into feedback (id, type, redacted_text, product_id, channel, locale, submitted_at, received_at,
                                              customer_hash, customer_key_id)
                        values (?1, 'FEATURE_REQUEST', 'Export the monthly report as PDF', ?2, 'WEB', 'en', ?3, ?3, ?4, ?5)""")
                .setParameter(1, id).setParameter(2, product).setParameter(3, at).setParameter(4, customer.hash())
                .setParameter(5, customer.keyId()).executeUpdate();
        if (mergedInto != null) {
            em.createNativeQuery("update feedback set merged_into = ?2 where id = ?1")
                    .setParameter(1, id).setParameter(2, mergedInto).executeUpdate();
        }
    }

    /** Sessions waiting for a row lock in a statement that locks merged requests (the erasures'). */
    private long lockWaitsOnMergedRequests() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and query like '%merged_into%for update%'""").getSingleResult()).longValue());
    }

    /** A random id whose first hex digit is {@code first}: PostgreSQL orders uuids byte by byte. */
    private static UUID id(int first) {
        UUID random = UUID.randomUUID();
        return new UUID((random.getMostSignificantBits() & 0x0FFF_FFFF_FFFF_FFFFL) | ((long) first << 60),
                random.getLeastSignificantBits());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
