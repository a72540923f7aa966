package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A window rebuilt from the id log takes the newest ids within the horizon, never more than it may hold. */
@QuarkusTest
class IdLogTest {

    @Inject
    RollupStore store;

    @Inject
    EntityManager em;

    @Test
    void onlyTheNewestIdsUpToTheLimitAreLoaded() {
        String topic = "id-log-" + UUID.randomUUID();
        List<List<UUID>> rows = new ArrayList<>();
        for (int age = 3; age >= 1; age--) {
            rows.add(log(topic, age * 10L, 10)); // 30 s, 20 s and 10 s old
        }
        List<UUID> expired = log(topic, Duration.ofHours(25).toSeconds(), 10);
        IdWindow window = new IdWindow(Duration.ofHours(24), 1_000);

        store.loadIds(topic, List.of(0), Duration.ofHours(24), 25, window);

        assertThat(window.size()).isEqualTo(20);
        rows.get(2).forEach(id -> assertThat(window.remember(0, id, System.currentTimeMillis())).isFalse());
        rows.get(1).forEach(id -> assertThat(window.remember(0, id, System.currentTimeMillis())).isFalse());
        rows.get(0).forEach(id -> assertThat(window.remember(0, id, System.currentTimeMillis())).isTrue());
        expired.forEach(id -> assertThat(window.remember(0, id, System.currentTimeMillis())).isTrue());
    }

    @Test
    void rowsBeyondOneFetchAreAllRead() {
        String topic = "id-log-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        int rows = RollupStore.ID_LOG_FETCH_ROWS * 3 + 1;
        for (int age = rows; age >= 1; age--) {
            ids.addAll(log(topic, age, 5));
        }
        IdWindow window = new IdWindow(Duration.ofHours(24), 1_000);

        store.loadIds(topic, List.of(0), Duration.ofHours(24), 1_000, window);

        assertThat(window.size()).isEqualTo(rows * 5);
        ids.forEach(id -> assertThat(window.remember(0, id, System.currentTimeMillis())).isFalse());
    }

    /** Logs {@code count} fresh ids for partition 0 as counted {@code ageSeconds} ago. */
    private List<UUID> log(String topic, long ageSeconds, int count) {
        List<UUID> ids = new ArrayList<>();
        ByteBuffer packed = ByteBuffer.allocate(16 * count);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            packed.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into activity_id_log (topic, partition_no, first_offset, counted_at, ids)
                        values (?1, 0, ?2, now() - make_interval(secs => ?3), ?4)""")
                .setParameter(1, topic).setParameter(2, 1_000_000 - ageSeconds)
                .setParameter(3, (double) ageSeconds).setParameter(4, packed.array()).executeUpdate());
        return ids;
    }
}
