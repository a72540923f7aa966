package dev.marketingops.feedback.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.marketingops.feedback.alerts.app.WebhookDeliveryPurge;
import dev.marketingops.feedback.alerts.app.WebhookDispatcher;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.Delivery;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.DeliveryRecord;
import dev.marketingops.feedback.support.FixedClock;
import dev.marketingops.feedback.support.WebhookReceiver;
import dev.marketingops.plumbing.retention.RetentionPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each webhook is served on its own: a receiver that never finishes its answer delays no other, and rows end and go. */
@QuarkusTest
class WebhookLanesTest {

    // After the service's fixed clock (its poller never finds these due), before other tests' first retries (NOW + 1 h).
    private static final Instant LATER = FixedClock.NOW.plus(Duration.ofMinutes(25));

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    RetentionPurge purge;

    @Test
    void aReceiverThatHoldsItsAnswerOpenDelaysNeitherThePollNorAnotherReceiver() throws Exception {
        UUID held = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        WebhookReceiver.holdAnswerTo(held.toString());
        QuarkusTransaction.requiringNew().run(() -> {
            deliveries.add("slow", held, "test.Event", "{}", LATER);
            deliveries.add("ops", other, "test.Event", "{}", LATER);
        });

        CompletableFuture<Integer> poll = CompletableFuture.supplyAsync(() -> dispatcher.deliverDue(LATER));
        // The other receiver is served while the held answer is still open (the attempt's deadline is 5 s in tests).
        await().atMost(Duration.ofSeconds(4)).until(() -> WebhookReceiver.received().stream()
                .anyMatch(r -> r.path().equals("/hooks/ops") && other.toString().equals(r.idempotencyKey())));
        await().atMost(Duration.ofSeconds(4)).until(() -> WebhookReceiver.received().stream()
                .anyMatch(r -> r.path().equals("/hooks/slow") && held.toString().equals(r.idempotencyKey())));
        // The poll ends soon after the deadline, not when (or if) the receiver finishes its answer.
        assertThat(poll.get(15, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(2);
        WebhookReceiver.answerAtOnceTo(held.toString());

        assertThat(stored(other).status()).isEqualTo("DELIVERED");
        DeliveryRecord slow = stored(held);
        assertThat(slow.status()).isEqualTo("PENDING");
        assertThat(slow.attempts()).isEqualTo(1);
        assertThat(slow.lastError()).isEqualTo("no complete answer within PT5S");
    }

    @Test
    void aRecentDeliveryToAWebhookThisReplicaDoesNotKnowIsLeftForTheReplicasThatDo() {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> deliveries.add("configured-elsewhere", eventId, "test.Event", "{}",
                FixedClock.NOW.minusSeconds(1)));
        dispatcher.deliverDue(FixedClock.NOW);
        DeliveryRecord untouched = stored(eventId);
        assertThat(untouched.status()).isEqualTo("PENDING");
        assertThat(untouched.attempts()).isZero();
    }

    @Test
    void aDeliveryToAWebhookNoLongerConfiguredIsTriedThenDeadLettered() {
        UUID eventId = UUID.randomUUID();
        // Queued a day and more ago: past the grace a replica gives webhooks it does not know (unconfigured-grace).
        QuarkusTransaction.requiringNew().run(() -> deliveries.add("retired", eventId, "test.Event", "{}",
                FixedClock.NOW.minus(Duration.ofHours(25))));
        // The poller runs for webhooks no longer configured too (it once ran only while some were configured).
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(eventId).attempts() == 1);
        assertThat(stored(eventId).lastError()).isEqualTo("webhook 'retired' is no longer configured");

        Instant due = stored(eventId).nextAttemptAt();
        for (Duration wait : List.of(Duration.ofHours(2), Duration.ofHours(3))) {
            dispatcher.deliverDue(due);
            due = due.plus(wait);
        }
        dispatcher.deliverDue(due);
        DeliveryRecord dead = stored(eventId);
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.attempts()).isEqualTo(4);
    }

    @Test
    void finishedDeliveriesAreDeletedAfterTheirRetentionAndPendingOnesKept() {
        // Retention in tests is ten years (the service's clock is fixed, the database's is not): this one finished in 2000.
        Instant past = Instant.parse("2000-01-01T00:00:00Z");
        UUID finished = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            deliveries.add("retention-test", finished, "test.Event", "{}", past);
            Delivery claimed = deliveries.claimDue("retention-test", past, past.plusSeconds(15), 1).get(0);
            deliveries.delivered(claimed, 1, past);
        });
        QuarkusTransaction.requiringNew().run(() -> deliveries.add("retention-test", pending, "test.Event", "{}",
                FixedClock.NOW.plus(Duration.ofDays(365))));

        purge.purge(WebhookDeliveryPurge.RULE);

        assertThat(list(finished)).isEmpty();
        assertThat(list(pending)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("PENDING"));
    }

    private List<DeliveryRecord> list(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.list(null, eventId, 0, 10));
    }

    private DeliveryRecord stored(UUID eventId) {
        return list(eventId).get(0);
    }
}
