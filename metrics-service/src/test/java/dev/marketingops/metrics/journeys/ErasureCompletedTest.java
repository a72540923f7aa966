package dev.marketingops.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.contracts.privacy.CustomerErasureCompleted;
import dev.marketingops.infra.KafkaTestClient;
import dev.marketingops.infra.KafkaTestResource;
import dev.marketingops.metrics.support.Touchpoints;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The erasure of a customer's touchpoints announces CustomerErasureCompleted in its own transaction, once. */
@QuarkusTest
class ErasureCompletedTest {

    private static final EventCodec CODEC = EventCodec.standard();

    @Inject
    Touchpoints touchpoints;
    @Inject
    MeterRegistry registry;

    @Test
    void theErasureCommitsItsCompletionInTheSameTransactionAndARedeliveryAnnouncesNothingMore() {
        String customer = "completed-" + UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        Touchpoints.requestErasure(customer, requestId, eventId);

        // One statement, one snapshot: once the erasure's inbox row is visible, its completion's outbox row must be too.
        String applied = await().atMost(Duration.ofSeconds(30))
                .until(() -> inboxAndOutbox(eventId, requestId), rows -> rows.startsWith("1/"));
        assertThat(applied).isEqualTo("1/1");

        List<CustomerErasureCompleted> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> completionsOf(requestId), events -> !events.isEmpty());
        assertThat(published).singleElement().satisfies(completed -> {
            assertThat(completed.service()).isEqualTo("metrics");
            assertThat(completed.completedAt()).isNotNull();
        });
        // No customer reference leaves metrics with it.
        assertThat(touchpoints.texts("select payload from outbox_event where event_type = ?1 and subject = ?2",
                CustomerErasureCompleted.TYPE, requestId.toString())).singleElement().asString().doesNotContain(customer);

        double duplicates = duplicates();
        Touchpoints.requestErasure(customer, requestId, eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() == duplicates + 1);
        assertThat(inboxAndOutbox(eventId, requestId)).isEqualTo("1/1");
    }

    /** "inbox rows/outbox rows" of the erasure event and its completion, read in one statement. */
    private String inboxAndOutbox(String eventId, UUID requestId) {
        return touchpoints.texts("""
                select (select count(*) from inbox_event where consumer = 'metrics-service.erasure' and event_id = ?1)
                       || '/' || (select count(*) from outbox_event where event_type = ?2 and subject = ?3)""",
                eventId, CustomerErasureCompleted.TYPE, requestId.toString()).get(0);
    }

    private static List<CustomerErasureCompleted> completionsOf(UUID requestId) {
        return new KafkaTestClient(KafkaTestResource.broker().bootstrapServers())
                .readMatching(Topics.PRIVACY_ERASURE_COMPLETED, r -> requestId.toString().equals(r.key())).stream()
                .map(r -> CODEC.decode(r).payloadAs(CustomerErasureCompleted.class)).toList();
    }

    private double duplicates() {
        return registry.counter("marketingops.events.consumed", "consumer", "metrics-service.erasure",
                "outcome", "duplicate").count();
    }
}
