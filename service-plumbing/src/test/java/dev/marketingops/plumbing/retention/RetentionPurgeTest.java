package dev.marketingops.plumbing.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one retention purge deletes published outbox rows and inbox ids past their retention, in chunks (7 in tests),
 * never an unpublished or a recent row, and two replicas purging at once delete each row once without failing.
 */
@QuarkusTest
class RetentionPurgeTest {

    @Inject
    RetentionPurge purge;

    @Inject
    EntityManager em;

    @Test
    void expiredRowsGoInChunksAndEverythingElseStays() throws Exception {
        String run = "retention-" + System.nanoTime();
        insertOutbox(run + "-old-published", 60, "now() - interval '8 days'", "now() - interval '8 days'");
        insertOutbox(run + "-old-unpublished", 3, "now() - interval '8 days'", "null");
        insertOutbox(run + "-recent-published", 4, "now() - interval '6 days'", "now() - interval '6 days'");
        insertInbox(run + "-old", 45, "now() - interval '31 days'");
        insertInbox(run + "-recent", 5, "now() - interval '29 days'");

        // Two replicas at once: skip locked lets each take rows the other has not locked.
        CompletableFuture<java.util.Map<String, Integer>> a = CompletableFuture.supplyAsync(purge::purgeAll);
        CompletableFuture<java.util.Map<String, Integer>> b = CompletableFuture.supplyAsync(purge::purgeAll);
        int outboxDeleted = a.get(60, TimeUnit.SECONDS).get("outbox") + b.get(60, TimeUnit.SECONDS).get("outbox");
        int inboxDeleted = a.get().get("inbox") + b.get().get("inbox");
        // A second pass finds anything a chunk boundary left behind.
        outboxDeleted += purge.purge("outbox");
        inboxDeleted += purge.purge("inbox");

        assertThat(outboxDeleted).isGreaterThanOrEqualTo(60);
        assertThat(inboxDeleted).isGreaterThanOrEqualTo(45);
        assertThat(count("outbox_event where event_key = ?1", run + "-old-published")).isZero();
        assertThat(count("outbox_event where event_key = ?1", run + "-old-unpublished")).isEqualTo(3);
        assertThat(count("outbox_event where event_key = ?1", run + "-recent-published")).isEqualTo(4);
        assertThat(count("inbox_event where consumer = ?1", run + "-old")).isZero();
        assertThat(count("inbox_event where consumer = ?1", run + "-recent")).isEqualTo(5);
        assertThat(purge.rules()).extracting(RetentionRule::name).contains("outbox", "inbox");
    }

    private void insertOutbox(String key, int rows, String createdAt, String publishedAt) {
        // Unpublished rows would be picked up by the relay; a topic nobody reads keeps that harmless.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into outbox_event (event_id, topic, event_key, event_type, source, occurred_at, payload,
                                          created_at, published_at)
                select gen_random_uuid(), 'plumbing-test.retention', ?1, 'test', '/tests', now(), '{}', %s, %s
                from generate_series(1, ?2)""".formatted(createdAt, publishedAt))
                .setParameter(1, key).setParameter(2, rows).executeUpdate());
    }

    private void insertInbox(String consumer, int rows, String receivedAt) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type, received_at)
                select ?1, gen_random_uuid()::text, 'test', %s from generate_series(1, ?2)""".formatted(receivedAt))
                .setParameter(1, consumer).setParameter(2, rows).executeUpdate());
    }

    private long count(String from, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + from)
                .setParameter(1, value).getSingleResult()).longValue());
    }
}
