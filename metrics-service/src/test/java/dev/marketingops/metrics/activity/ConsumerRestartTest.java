package dev.marketingops.metrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.infra.PostgresTestResource;
import dev.marketingops.metrics.activity.app.MarketingActivityConsumer;
import dev.marketingops.metrics.support.ActivityFeed;
import dev.marketingops.metrics.support.Rollups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Exact totals when counting is interrupted mid-stream: the consumer replaced, the database or the broker killed. */
@QuarkusTest
class ConsumerRestartTest {

    private static final int EVENTS = 40_000;

    @Inject
    Rollups rollups;

    @Inject
    MarketingActivityConsumer stream;

    @Test
    void replacingTheConsumerMidStreamNeitherDropsNorDoubleCounts() {
        UUID campaign = UUID.randomUUID();
        CompletableFuture<Void> publishing = publishInBackground(campaign);

        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.total(campaign, "clicks") > 0);
        stream.stop();
        stream.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.total(campaign, "clicks") > EVENTS / 4);
        stream.stop();
        stream.start();

        publishing.join();
        await().atMost(Duration.ofSeconds(90)).until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(expectedClicks());
    }

    @Test
    void killingTheDatabaseMidBatchNeitherDropsNorDoubleCounts() {
        UUID campaign = UUID.randomUUID();
        CompletableFuture<Void> publishing = publishInBackground(campaign);

        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.total(campaign, "clicks") > 0);
        // SIGKILL: transactions in flight die with the server; their batches must be counted again, once.
        PostgresTestResource.server().kill();
        PostgresTestResource.server().restart();

        publishing.join();
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(expectedClicks());
    }

    @Test
    void killingTheBrokerMidStreamNeitherDropsNorDoubleCounts() {
        UUID campaign = UUID.randomUUID();
        CompletableFuture<Void> publishing = publishInBackground(campaign);

        await().atMost(Duration.ofSeconds(60)).until(() -> rollups.total(campaign, "clicks") > 0);
        // SIGKILL the broker: fetches and the test's own producer fail over to the restarted broker.
        KafkaTestResource.broker().kill();
        KafkaTestResource.broker().restart();

        publishing.join();
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(rollups::caughtUp);
        assertThat(rollups.total(campaign, "clicks")).isEqualTo(expectedClicks());
    }

    private static long expectedClicks() {
        long total = 0;
        for (int i = 0; i < EVENTS; i++) {
            total += 1 + i % 3;
        }
        return total;
    }

    private static CompletableFuture<Void> publishInBackground(UUID campaign) {
        Instant start = Instant.parse("2026-04-01T00:00:00Z");
        return CompletableFuture.runAsync(() -> {
            try (ActivityFeed feed = new ActivityFeed()) {
                for (int i = 0; i < EVENTS; i++) {
                    feed.send(ActivityFeed.record(ActivityFeed.clicks(campaign, 1 + i % 3, start.plusSeconds(i * 7L))));
                }
                feed.flush();
            }
        });
    }
}
