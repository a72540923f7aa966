package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.metrics.activity.app.ActivityIdLogPurge;
import dev.marketingops.metrics.activity.app.MarketingActivityConsumer;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import dev.marketingops.plumbing.retention.RetentionPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** Counted ids are logged with the rollups, survive a restart of the consumer, and are forgotten after the horizon. */
@QuarkusTest
class DedupHorizonTest {

    @Inject
    RetentionPurge purge;

    @Inject
    MarketingActivityConsumer stream;

    @Inject
    Rollups rollups;

    @Inject
    EntityManager em;

    @Test
    void aCopyArrivingAfterARestartIsDroppedUntilTheHorizonHasPassed() {
        UUID campaign = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-05T08:00:00Z");
        ProducerRecord<String, byte[]> old = ActivityFeed.record(ActivityFeed.impressions(campaign, 1, at));
        ProducerRecord<String, byte[]> recent = ActivityFeed.record(ActivityFeed.impressions(campaign, 10, at));
        send(List.of(old), campaign, 1);
        send(List.of(recent), campaign, 11);
        backdate(ActivityFeed.eventId(old), Duration.ofHours(25));

        assertThat(purge.purge(ActivityIdLogPurge.RULE)).isGreaterThanOrEqualTo(1);
        // A fresh consumer knows only what the id log holds.
        stream.stop();
        stream.start();
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(List.of(ActivityFeed.record(ActivityFeed.impressions(campaign, 1, at), ActivityFeed.eventId(old)),
                    ActivityFeed.record(ActivityFeed.impressions(campaign, 10, at), ActivityFeed.eventId(recent))));
        }

        await().atMost(Duration.ofSeconds(60)).until(rollups::caughtUp);
        // The copy of the forgotten id counts again; the copy of the remembered one does not.
        assertThat(rollups.total(campaign, "impressions")).isEqualTo(12);
    }

    private void send(List<ProducerRecord<String, byte[]>> records, UUID campaign, long expectedTotal) {
        try (ActivityFeed feed = new ActivityFeed()) {
            feed.sendAll(records);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.total(campaign, "impressions") == expectedTotal);
    }

    /** Moves the id log row holding the id back in time, as if it had been counted that long ago. */
    private void backdate(String eventId, Duration age) {
        int rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        update activity_id_log set counted_at = now() - make_interval(secs => ?1)
                        where position(decode(replace(?2, '-', ''), 'hex') in ids) > 0""")
                .setParameter(1, (double) age.toSeconds()).setParameter(2, eventId).executeUpdate());
        assertThat(rows).isEqualTo(1);
    }
}
