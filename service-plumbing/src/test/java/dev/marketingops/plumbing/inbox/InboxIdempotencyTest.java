package dev.marketingops.plumbing.inbox;

import static dev.marketingops.plumbing.support.TrialApi.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.plumbing.support.Completions;
import dev.marketingops.plumbing.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The same CloudEvent delivered twice has one effect. */
@QuarkusTest
class InboxIdempotencyTest {

    @Inject
    Completions completions;

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID launch = UUID.randomUUID();
        ProducerRecord<String, byte[]> event = Events.launchCompleted(launch);
        kafka().publish(event);
        kafka().publish(event);
        // A later event on the same key (so the same partition) proves both copies were consumed before we look.
        UUID marker = UUID.randomUUID();
        kafka().publish(Events.launchCompleted(marker, launch.toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> completions.timesApplied(marker) == 1);
        assertThat(completions.timesApplied(launch)).isEqualTo(1);
    }

    @Test
    void distinctEventsForTheSameLaunchAreEachApplied() {
        UUID launch = UUID.randomUUID();
        kafka().publish(Events.launchCompleted(launch));
        kafka().publish(Events.launchCompleted(launch));

        await().atMost(Duration.ofSeconds(20)).until(() -> completions.timesApplied(launch) == 2);
    }
}
