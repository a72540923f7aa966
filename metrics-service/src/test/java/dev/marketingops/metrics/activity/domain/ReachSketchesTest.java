package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import dev.marketingops.contracts.activity.ActivityRecorded;
import dev.marketingops.contracts.common.ActivityKind;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.plumbing.privacy.KeyedPseudonym;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Test;

/** A campaign-day's customers (keyed pseudonyms) are sketched as a batch is tallied; a day's pending sketches count as their union. */
class ReachSketchesTest {

    private static final UUID CAMPAIGN = UUID.fromString("3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
    private static final KeyedPseudonym PSEUDONYMS = new KeyedPseudonym("test key", "a test key of 32 characters....");
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void aDaysPendingSketchesEstimateTheDistinctReferencesOfAllItsBatches() {
        List<byte[]> pending = new ArrayList<>();
        for (int batch = 0; batch < 40; batch++) {
            ActivityTally tally = new ActivityTally();
            for (int i = 0; i < 250; i++) {
                add(tally, click("cust-" + (batch * 200 + i))); // 50 of each batch's references repeat the next one's
            }
            assertThat(tally.reach()).hasSize(1);
            pending.add(tally.reach().values().iterator().next().toCompactByteArray());
        }
        long distinct = 39 * 200 + 250;

        assertThat((double) ReachSketches.estimate(pending)).isCloseTo(distinct, withPercentage(5));
        byte[] compacted = ReachSketches.union(pending); // what the compaction stores for the day
        assertThat(ReachSketches.estimate(List.of(compacted))).isEqualTo(ReachSketches.estimate(pending));
    }

    @Test
    void aBatchsRepeatedReferencesCountOnceAndEachDayHasItsOwnSketch() {
        ActivityTally tally = new ActivityTally();
        add(tally, click("a"));
        add(tally, click("b"));
        add(tally, click("a"));
        add(tally, new ActivityRecorded(CAMPAIGN, Channel.EMAIL, ActivityKind.CLICK, 1L, null, null,
                NOON.plusSeconds(86_400), JourneyStage.CONSIDERATION, "a"));

        assertThat(tally.reach()).hasSize(2);
        HllSketch firstDay = tally.reach().get(new ActivityTally.ReachDay(CAMPAIGN, java.time.LocalDate.of(2026, 3, 2)));
        assertThat(ReachSketches.estimate(List.of(firstDay.toCompactByteArray()))).isEqualTo(2);
    }

    @Test
    void aSketchIsFedTheKeyedPseudonymNeverTheRawReference() {
        ActivityTally tally = new ActivityTally();
        add(tally, click("someone@example.com"));
        HllSketch stored = tally.reach().values().iterator().next();

        HllSketch ofPseudonym = ReachSketches.empty();
        ReachSketches.update(ofPseudonym, PSEUDONYMS.uuid("someone@example.com"));
        HllSketch ofRawReference = ReachSketches.empty();
        ofRawReference.update("someone@example.com");
        assertThat(stored.toCompactByteArray()).isEqualTo(ofPseudonym.toCompactByteArray())
                .isNotEqualTo(ofRawReference.toCompactByteArray());
        // A tally without a pseudonym (no reference) sketches nothing.
        ActivityTally none = new ActivityTally();
        none.add(click("someone@example.com"), null);
        assertThat(none.reach()).isEmpty();
    }

    /** As a batch counts an event: with the pseudonym computed on the decode. */
    private static void add(ActivityTally tally, ActivityRecorded activity) {
        tally.add(activity, PSEUDONYMS.uuid(activity.customerRef()));
    }

    private static ActivityRecorded click(String customerRef) {
        return new ActivityRecorded(CAMPAIGN, Channel.EMAIL, ActivityKind.CLICK, 1L, null, null, NOON,
                JourneyStage.CONSIDERATION, customerRef);
    }
}
