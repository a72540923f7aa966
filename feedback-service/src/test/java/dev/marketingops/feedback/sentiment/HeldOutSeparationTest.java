package dev.marketingops.feedback.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No tuning text equals a held-out text (case and spacing ignored), so nothing is trained on the held-out part.
 * It reports only how many are shared, never which: a held-out text shown is a held-out text seen.
 */
class HeldOutSeparationTest {

    @Test
    void noTuningTextEqualsAHeldOutText() {
        Set<String> tuning = LabelledTexts.normalisedTexts(LabelledTexts.TUNING);
        Set<String> heldOut = LabelledTexts.normalisedTexts(LabelledTexts.HELD_OUT);
        long shared = heldOut.stream().filter(tuning::contains).count();

        assertThat(heldOut).as("held-out texts read").hasSizeGreaterThan(200);
        assertThat(tuning).as("tuning texts read").hasSizeGreaterThan(700);
        assertThat(shared).as("held-out texts that also stand in tuning.tsv (count only)").isZero();
    }
}
