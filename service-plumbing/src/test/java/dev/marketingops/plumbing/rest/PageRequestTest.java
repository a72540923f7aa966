package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Paging parameters: defaults, bounds, and an offset that always fits an int. */
class PageRequestTest {

    @Test
    void absentParametersTakeTheDefaults() {
        PageRequest request = PageRequest.of(null, null).validated();
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(Page.DEFAULT_SIZE);
    }

    @Test
    void theLastPageTimesTheLargestSizeStillFitsAnInt() {
        PageRequest request = PageRequest.of(Integer.toString(PageRequest.MAX_PAGE), Integer.toString(Page.MAX_SIZE)).validated();
        assertThat((long) request.page() * request.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void overflowingOrMalformedValuesAre400NamingTheParameter() {
        for (String[] bad : new String[][] {{"2147483647", "20", "page"}, {"3000000000", "20", "page"}, {"-1", "20", "page"},
                {"1e3", "20", "page"}, {"0", "0", "size"}, {"0", "201", "size"}, {"0", "99999999999999999999", "size"}}) {
            assertThatThrownBy(() -> PageRequest.of(bad[0], bad[1]).validated())
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly(bad[2]);
                    });
        }
    }

    @Test
    void twoBadParametersAreBothNamed() {
        assertThatThrownBy(() -> PageRequest.of("x", "y").validated())
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("page", "size"));
    }
}
