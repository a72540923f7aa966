package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The flat id set: exact for every id (the nil UUID too), growing to its expected size, shrinking when sealed. */
class IdSetTest {

    @Test
    void theNilUuidIsHeldLikeAnyOtherId() {
        IdSet ids = new IdSet(1_000);

        assertThat(ids.contains(0, 0)).isFalse();
        assertThat(ids.add(0, 0)).isTrue();
        assertThat(ids.add(0, 0)).isFalse();
        assertThat(ids.contains(0, 0)).isTrue();
        // Ids with one zero half are ordinary ids, not the empty marker.
        assertThat(ids.add(0, 1)).isTrue();
        assertThat(ids.add(1, 0)).isTrue();
        assertThat(ids.contains(0, 1)).isTrue();
        assertThat(ids.contains(1, 0)).isTrue();
        assertThat(ids.size()).isEqualTo(3);
    }

    @Test
    void everyIdAddedIsFoundAfterGrowingAndNoOtherIs() {
        IdSet ids = new IdSet(100_000);
        SplittableRandom random = new SplittableRandom(13);
        long[] added = new long[2 * 150_000];
        for (int i = 0; i < added.length; i += 2) {
            added[i] = random.nextLong();
            added[i + 1] = random.nextLong();
            assertThat(ids.add(added[i], added[i + 1])).isTrue();
        }

        for (int i = 0; i < added.length; i += 2) {
            assertThat(ids.contains(added[i], added[i + 1])).isTrue();
            assertThat(ids.add(added[i], added[i + 1])).isFalse();
            // The same halves swapped or off by one bit are other ids.
            assertThat(ids.contains(added[i + 1], added[i])).isFalse();
            assertThat(ids.contains(added[i], added[i + 1] ^ 1)).isFalse();
        }
        assertThat(ids.size()).isEqualTo(150_000);
        assertThat(ids.size() * 4L).isLessThanOrEqualTo(ids.capacity() * 3L);
    }

    @Test
    void aSetThatReachesItsExpectedSizeIsExactlyThreeQuartersFull() {
        IdSet ids = new IdSet(393_216);
        for (long i = 1; i <= 393_216; i++) {
            ids.add(i, i * 31);
        }

        // The last growth lands on the planned table, not on the next power of two.
        assertThat(ids.capacity()).isEqualTo(IdSet.tableFor(393_216)).isEqualTo(524_288);
    }

    @Test
    void aSealedSetShrinksToItsIdsAndStillFindsThemAll() {
        IdSet ids = new IdSet(500_000);
        for (long i = 1; i <= 70_000; i++) {
            ids.add(0, i);
        }
        int before = ids.capacity();

        ids.seal();

        assertThat(ids.capacity()).isLessThan(before).isEqualTo(IdSet.tableFor(70_000));
        for (long i = 1; i <= 70_000; i++) {
            assertThat(ids.contains(0, i)).isTrue();
        }
        assertThat(ids.contains(0, 70_001)).isFalse();
    }
}
