package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.plumbing.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** If-Match against a resource's version: absent, {@code *} or the current strong tag pass; anything else is 412. */
class ETagsTest {

    @Test
    void theCurrentTagAloneOrInAListPasses() {
        assertThatCode(() -> ETags.requireCurrent("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireCurrent("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireCurrent(" * ", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireCurrent(null, 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleTagIs412() {
        assertThatThrownBy(() -> ETags.requireCurrent("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(412));
    }

    @Test
    void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        // RFC 9110 13.1.1: If-Match uses the strong comparison, so W/"3" does not match the current "3".
        assertThatThrownBy(() -> ETags.requireCurrent("W/\"3\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(412));
    }
}
