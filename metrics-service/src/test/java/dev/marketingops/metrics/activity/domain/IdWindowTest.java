package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory id window: per partition, expiring after the horizon, bounded in size, rebuilt from the id log. */
class IdWindowTest {

    private static final long T0 = 1_000_000_000L;
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void anIdIsRememberedOncePerPartition() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 1_000_000);
        UUID id = UUID.randomUUID();

        assertThat(window.remember(0, id, T0)).isTrue();
        assertThat(window.remember(0, id, T0 + 1)).isFalse();
        // Records are keyed by campaign, so a copy lands in the same partition; another partition is another window.
        assertThat(window.remember(1, id, T0 + 2)).isTrue();
        assertThat(window.size()).isEqualTo(2);
    }

    @Test
    void idsAreForgottenOnceTheHorizonHasPassed() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 1_000_000);
        UUID id = UUID.randomUUID();
        window.remember(0, id, T0);
        assertThat(window.effectiveHorizon(T0 + 1)).isEqualTo(Duration.ofHours(24));

        window.expire(T0 + Duration.ofHours(24).toMillis());
        assertThat(window.remember(0, id, T0 + Duration.ofHours(24).toMillis())).isFalse();

        // Expiry drops whole segments (a 24th of the horizon), so an id lives at most one segment longer.
        window.expire(T0 + Duration.ofHours(25).toMillis() + 1);
        assertThat(window.remember(0, id, T0 + Duration.ofHours(25).toMillis() + 1)).isTrue();
    }

    @Test
    void theOldestIdsGoFirstWhenTheWindowIsFull() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 8 * 1024);
        UUID first = UUID.randomUUID();
        window.remember(0, first, T0);
        for (int i = 0; i < 20_000; i++) {
            window.remember(0, UUID.randomUUID(), T0 + HOUR.toMillis() + i);
        }

        window.expire(T0 + HOUR.toMillis() + 20_000);

        assertThat(window.size()).isLessThanOrEqualTo(8 * 1024);
        assertThat(window.evicted()).isGreaterThan(0);
        assertThat(window.effectiveHorizon(T0 + HOUR.toMillis() + 20_000)).isLessThan(HOUR);
        assertThat(window.remember(0, first, T0 + 2 * HOUR.toMillis())).isTrue();
    }

    @Test
    void theBoundHoldsHoweverManyPartitionsTheConsumerOwns() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 8 * 1024);
        for (int partition = 0; partition < 24; partition++) {
            for (int i = 0; i < 1_000; i++) {
                window.remember(partition, UUID.randomUUID(), T0 + partition);
            }
        }

        window.expire(T0 + 100);

        assertThat(window.size()).isLessThanOrEqualTo(8 * 1024);
        assertThat(window.evicted()).isEqualTo(24 * 1_000 - window.size());
    }

    @Test
    void aWindowRebuiltFromTheLogKnowsTheLoggedIdsOfItsPartitionsOnly() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        IdWindow window = new IdWindow(Duration.ofHours(24), 1_000_000);

        window.load(3, T0, packed(a, b));
        window.forget(List.of(4));

        assertThat(window.remember(3, a, T0 + 1)).isFalse();
        assertThat(window.remember(3, b, T0 + 1)).isFalse();
        window.forget(List.of(3));
        assertThat(window.remember(3, a, T0 + 2)).isTrue();
    }

    @Test
    void manyIdsStayDistinct() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 10_000_000);
        for (long i = 0; i < 200_000; i++) {
            // Sequential, badly mixed ids: the set must still tell them apart and find each again.
            assertThat(window.remember(0, new UUID(0, i), T0)).isTrue();
        }
        for (long i = 0; i < 200_000; i++) {
            assertThat(window.remember(0, new UUID(0, i), T0)).isFalse();
        }
        assertThat(window.size()).isEqualTo(200_000);
    }

    @Test
    void aSegmentClosedByTimeGivesBackTheTableItNeverFilled() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 4_000_000);
        for (int i = 0; i < 1_000; i++) {
            window.remember(0, UUID.randomUUID(), T0);
        }
        UUID early = UUID.randomUUID();
        window.remember(0, early, T0);
        long open = window.tableBytes();

        // The next hour starts a new segment and seals this one to the smallest table that holds its ids.
        window.remember(0, UUID.randomUUID(), T0 + HOUR.toMillis());

        assertThat(window.tableBytes()).isLessThan(open + 17L * IdSet.tableFor(1));
        assertThat(window.remember(0, early, T0 + HOUR.toMillis() + 1)).isFalse();
        assertThat(window.size()).isEqualTo(1_002);
    }

    @Test
    void aFullWindowHoldsItsIdsInAboutTwentyThreeBytesEach() {
        IdWindow window = new IdWindow(Duration.ofHours(24), 80_000);
        for (int i = 0; i < 80_000; i++) {
            window.remember(0, UUID.randomUUID(), T0);
        }

        // Eight segments of 10,000 ids, each in a table 3/4 full (17 bytes a slot); the last is planned to fit.
        assertThat(window.tableBytes()).isEqualTo(8 * 17L * IdSet.tableFor(10_000));
    }

    private static byte[] packed(UUID... ids) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * ids.length);
        for (UUID id : ids) {
            buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        }
        return buffer.array();
    }
}
