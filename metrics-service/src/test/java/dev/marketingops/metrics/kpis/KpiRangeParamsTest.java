package dev.marketingops.metrics.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.metrics.kpis.rest.KpiScopeParams;
import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A KPI range's from and to: instants or dates (a date as "to" means through that day), years 1 to 9999 only. */
class KpiRangeParamsTest {

    private static final String CAMPAIGN = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void datesCoverWholeDaysFromTheFirstThroughTheLast() {
        KpiScopeParams.Range range = new KpiScopeParams(CAMPAIGN, null, null, "2026-11-01", "2026-11-30").range();
        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void instantsAreWidenedToWholeHours() {
        KpiScopeParams.Range range = new KpiScopeParams(CAMPAIGN, null, null, "2026-11-01T10:30:00Z", "2026-11-01T12:10:00Z").range();
        assertThat(range.from()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(range.to()).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
    }

    @Test
    void aYearBeyond9999IsRefusedNamingTheParameterItIsIn() {
        // Instant.parse reads both; "from" used to be reported as "to: must be after from".
        assertThatThrownBy(() -> new KpiScopeParams(CAMPAIGN, null, null, null, "+99999-01-01T00:00:00Z").range())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field).containsExactly("to"));
        assertThatThrownBy(() -> new KpiScopeParams(CAMPAIGN, null, null, "+99999-01-01T00:00:00Z", null).range())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field).containsExactly("from"));
    }
}
