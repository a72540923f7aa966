package dev.marketingops.console.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the KPI form's From and To become the instants metrics-service takes, and what it says when they cannot. */
class KpiScopeTest {

    private static final String ID = "0b6f3c2e-9d1a-4c55-8e0f-2a4b6c8d0e1f";

    @Test
    void plainDatesCoverWholeUtcDaysSoToIncludesItsDay() {
        KpiScope scope = KpiScope.parse("campaign", ID, "day", "2026-11-01", "2026-11-30");
        assertThat(scope.error()).isNull();
        assertThat(scope.fromParam()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(scope.toParam()).isEqualTo("2026-12-01T00:00:00Z");
    }

    @Test
    void fullInstantsArePassedOnAsTheyAre() {
        KpiScope scope = KpiScope.parse("launch", ID, "hour", "2026-03-01T06:00:00Z", "2026-03-01T18:30:00Z");
        assertThat(scope.fromParam()).isEqualTo("2026-03-01T06:00:00Z");
        assertThat(scope.toParam()).isEqualTo("2026-03-01T18:30:00Z");
        assertThat(scope.launchId()).hasToString(ID);
    }

    @Test
    void aReversedRangeIsOneMessageAboutTo() {
        KpiScope scope = KpiScope.parse("campaign", ID, "day", "2026-03-31", "2026-03-01");
        assertThat(scope.ready()).isFalse();
        assertThat(scope.error().field()).isEqualTo("to");
        assertThat(scope.error().message()).contains("ends before it starts").doesNotContain("ISO-8601");
    }

    @Test
    void unreadableValuesAreSaidForTheirField() {
        assertThat(KpiScope.parse("campaign", ID, "day", "March", null).error().field()).isEqualTo("from");
        assertThat(KpiScope.parse("product", "Acme Analytics", "day", null, null).error())
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"))
                .satisfies(e -> assertThat(e.message()).contains("‘Acme Analytics’ is not an id"));
        assertThat(KpiScope.parse("planet", ID, "day", null, null).error().field()).isEqualTo("scope");
    }

    @Test
    void anIdNotInTheCanonicalFormIsSaidForIdAndNotAskedFor() {
        // UUID.fromString reads each of these as some id (the first as 00000001-0002-0003-0004-000000000005).
        for (String bad : new String[] {"1-2-3-4-5", "+b6f3c2e-9d1a-4c55-8e0f-2a4b6c8d0e1f", "0b6f3c2e0-9d1a-4c55-8e0f-2a4b6c8d0e1"}) {
            KpiScope scope = KpiScope.parse("campaign", bad, "day", null, null);
            assertThat(scope.ready()).as(bad).isFalse();
            assertThat(scope.id()).as(bad).isNull();
            assertThat(scope.error().field()).as(bad).isEqualTo("id");
            assertThat(scope.shownId()).as(bad).isEqualTo(bad);
        }
        assertThat(KpiScope.parse("campaign", ID.toUpperCase(java.util.Locale.ROOT), "day", null, null).id()).hasToString(ID);
    }
}
