package dev.marketingops.metrics.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.Union;
import org.junit.jupiter.api.Test;

/** A batch's references hashed into the stored sketch count like the union with a sketch of them. */
class ReachSketchesTest {

    @Test
    void updatingTheStoredSketchEqualsTheUnionOfTheBatchesAndRepeatsCountOnce() {
        byte[] stored = null;
        Union union = new Union(ReachSketches.LG_K);
        for (int batch = 0; batch < 40; batch++) {
            List<String> references = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                references.add("cust-" + (batch * 200 + i)); // 50 of each batch's references repeat the next one's
            }
            stored = ReachSketches.merge(stored, references);
            HllSketch sketch = ReachSketches.empty();
            references.forEach(sketch::update);
            union.update(sketch);
        }
        long distinct = 39 * 200 + 250;
        // The same registers; the estimators differ by a rounding (HIP for one updated sketch, composite for a union).
        assertThat((double) ReachSketches.estimate(List.of(stored))).isCloseTo(union.getEstimate(), withPercentage(0.1));
        assertThat((double) ReachSketches.estimate(List.of(stored))).isCloseTo(distinct, withPercentage(5));
        byte[] again = ReachSketches.merge(stored, List.of("cust-0", "cust-10"));
        assertThat(ReachSketches.estimate(List.of(again))).isEqualTo(ReachSketches.estimate(List.of(stored)));
    }

    @Test
    void aFirstBatchOfFewReferencesCountsEachOnce() {
        byte[] stored = ReachSketches.merge(null, List.of("a", "b", "a"));
        assertThat(ReachSketches.estimate(List.of(stored))).isEqualTo(2);
    }
}
