package dev.marketingops.roadmap.objectives.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Progress and status at the edges: exactly on target, on and past the due date, behind pace, decreasing KPIs. */
class ObjectiveProgressTest {

    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate DUE = LocalDate.parse("2026-01-31");
    private static final LocalDate HALFWAY = LocalDate.parse("2026-01-16");

    private static ObjectiveProgress increase(String actual, LocalDate today) {
        return ObjectiveProgress.evaluate(Direction.INCREASE, new BigDecimal("0"), new BigDecimal("100"), START, DUE,
                actual == null ? null : new BigDecimal(actual), today);
    }

    private static ObjectiveProgress decrease(String actual, LocalDate today) {
        return ObjectiveProgress.evaluate(Direction.DECREASE, new BigDecimal("50"), new BigDecimal("30"), START, DUE,
                actual == null ? null : new BigDecimal(actual), today);
    }

    @Test
    void exactlyOnTargetIsAchieved() {
        ObjectiveProgress progress = increase("100", HALFWAY);
        assertThat(progress.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(progress.percent()).isEqualByComparingTo("100");
    }

    @Test
    void exactlyOnPaceIsOnTrackAndJustBehindIsAtRisk() {
        assertThat(increase("50", HALFWAY).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(increase("49.99", HALFWAY).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(increase("49.99", HALFWAY).percent()).isEqualByComparingTo("49.99");
    }

    @Test
    void theDueDateStillCountsButTheDayAfterIsMissed() {
        assertThat(increase("99.99", DUE).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(increase("99.99", DUE.plusDays(1)).status()).isEqualTo(ProgressStatus.MISSED);
        assertThat(increase("100", DUE.plusDays(1)).status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void aDecreasingKpiIsAchievedAtOrBelowItsTarget() {
        assertThat(decrease("30", HALFWAY).status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(decrease("30", HALFWAY).percent()).isEqualByComparingTo("100");
        assertThat(decrease("20", HALFWAY).percent()).isEqualByComparingTo("150");
        assertThat(decrease("30.01", DUE.plusDays(1)).status()).isEqualTo(ProgressStatus.MISSED);
    }

    @Test
    void aDecreasingKpiIsPacedTowardsItsTarget() {
        assertThat(decrease("40", HALFWAY).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(decrease("40", HALFWAY).percent()).isEqualByComparingTo("50");
        assertThat(decrease("40.01", HALFWAY).status()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(decrease("55", HALFWAY).percent()).isEqualByComparingTo("-25");
    }

    @Test
    void withoutAReadingItIsOnTrackUntilDueThenMissed() {
        assertThat(increase(null, DUE).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(increase(null, DUE).percent()).isNull();
        assertThat(increase(null, DUE.plusDays(1)).status()).isEqualTo(ProgressStatus.MISSED);
    }

    @Test
    void beforeTheStartNothingIsExpectedYet() {
        assertThat(increase("0", START.minusDays(3)).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(increase("0", START).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(increase("0", START.plusDays(1)).status()).isEqualTo(ProgressStatus.AT_RISK);
    }
}
