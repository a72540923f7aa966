package dev.marketingops.feedback.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.feedback.alerts.domain.WebhookDeliveries;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.Delivery;
import dev.marketingops.feedback.alerts.domain.WebhookDeliveries.DeliveryRecord;
import dev.marketingops.feedback.support.FixedClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A claim is a lease: once it has passed, another attempt takes the delivery over, and the late outcome is ignored. */
@QuarkusTest
class WebhookLeaseTest {

    // After the service's fixed clock, so its poller never finds this delivery due; before the first retry of any
    // other test's failed delivery (an hour after NOW in tests), so the claims below take only this one.
    private static final Instant LATER = FixedClock.NOW.plus(Duration.ofMinutes(20));

    @Inject
    WebhookDeliveries deliveries;

    @Test
    void anAttemptThatOutlivedItsLeaseDoesNotUndoTheAttemptThatTookItOver() {
        UUID eventId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> deliveries.add("lease-test", eventId, "test.Event", "{}", LATER));

        // Nanoseconds in the lease: the token must compare equal to what the column stored.
        Delivery slow = claim(LATER, LATER.plusSeconds(15).plusNanos(123_456_789));
        assertThat(claim(LATER.plusSeconds(10), LATER.plusSeconds(25))).isNull();
        Delivery takeover = claim(LATER.plusSeconds(16), LATER.plusSeconds(31).plusNanos(987_654_321));
        assertThat(takeover.id()).isEqualTo(slow.id());

        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.delivered(takeover, 2, LATER.plusSeconds(17)))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.failed(slow, 1, "HttpTimeoutException",
                LATER.plus(Duration.ofHours(1))))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.dead(slow, 1, "HttpTimeoutException",
                LATER.plusSeconds(40)))).isFalse();

        DeliveryRecord stored = QuarkusTransaction.requiringNew().call(() -> deliveries.list(null, eventId, 0, 10)).get(0);
        assertThat(stored.status()).isEqualTo("DELIVERED");
        assertThat(stored.attempts()).isEqualTo(2);
        assertThat(stored.lastError()).isNull();
        assertThat(claim(LATER.plusSeconds(45), LATER.plusSeconds(60))).isNull();
    }

    /** This test's delivery if the claim took it, else null. */
    private Delivery claim(Instant now, Instant leaseUntil) {
        List<Delivery> claimed = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue("lease-test", now, leaseUntil, 10));
        return claimed.stream().findFirst().orElse(null);
    }
}
