package dev.marketingops.plumbing.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marketingops.plumbing.problem.Problem;
import dev.marketingops.plumbing.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants in query parameters: ISO-8601 instants or dates within the years 1 to 9999, else a 400 naming the parameter. */
class QueryInstantsTest {

    @Test
    void anInstantOrADateIsRead() {
        assertThat(QueryValues.instant(" 2026-03-01T10:15:30.5Z ", "from")).isEqualTo(Instant.parse("2026-03-01T10:15:30.5Z"));
        assertThat(QueryValues.instant("2026-03-01", "from")).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(QueryValues.instant("0001-01-01T00:00:00Z", "from")).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(QueryValues.instant("9999-12-31T23:59:59.999999999Z", "to"))
                .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
    }

    @Test
    void anAbsentOrBlankValueIsNoBound() {
        assertThat(QueryValues.instant(null, "to")).isNull();
        assertThat(QueryValues.instant(" \t", "to")).isNull();
    }

    @Test
    void yearsOutsideOneTo9999AndMalformedValuesAreRefusedNamingTheParameter() {
        // The first two parse with Instant.parse; PostgreSQL and ISO-8601 text hold neither.
        for (String bad : new String[] {"+99999-01-01T00:00:00Z", "-0001-12-31T00:00:00Z", "10000-01-01T00:00:00Z",
                "2026-02-30", "2026-03-01T10:00:00", "yesterday", "1772359200"}) {
            assertThatThrownBy(() -> QueryValues.instant(bad, "to")).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("to");
                        assertThat(e.getMessage()).contains("years 1 to 9999");
                    });
        }
    }

    @Test
    void anEndGivenAsADateIsThroughThatDayAndStillWithinTheYear9999() {
        assertThat(QueryValues.end("2026-11-30", "to")).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(QueryValues.end("2026-11-30T12:00:00Z", "to")).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(QueryValues.end(" ", "to")).isNull();
        // Its end would be 10000-01-01: checked after the day is added.
        assertThatThrownBy(() -> QueryValues.end("9999-12-31", "to")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("to"));
    }

    @Test
    void onlyADateAloneReadsAsAWholeDay() {
        assertThat(QueryValues.isDate(" 2026-03-01 ")).isTrue();
        assertThat(QueryValues.isDate("2026-03-01T00:00:00Z")).isFalse();
        assertThat(QueryValues.isDate(null)).isFalse();
    }
}
