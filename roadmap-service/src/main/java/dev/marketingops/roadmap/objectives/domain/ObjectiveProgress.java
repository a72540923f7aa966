package dev.marketingops.roadmap.objectives.domain;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.roadmap.ProgressStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Progress of an objective on a given day: how far the latest actual has come from baseline to target, and whether
 * that keeps up with a straight line from the start date to the due date.
 *
 * @param percent share of the way from baseline to target, in percent (may be negative or above 100), or null with no actual
 */
public record ObjectiveProgress(BigDecimal actual, BigDecimal percent, ProgressStatus status) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The objective's progress as of {@code today}; the due date itself still counts as in time. */
    public static ObjectiveProgress evaluate(Direction direction, BigDecimal baseline, BigDecimal target,
                                             LocalDate start, LocalDate due, BigDecimal actual, LocalDate today) {
        if (actual == null) {
            return new ObjectiveProgress(null, null, today.isAfter(due) ? ProgressStatus.MISSED : ProgressStatus.ON_TRACK);
        }
        BigDecimal fraction = actual.subtract(baseline).divide(target.subtract(baseline), 6, RoundingMode.HALF_UP);
        BigDecimal percent = fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        boolean reached = direction == Direction.INCREASE ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
        ProgressStatus status;
        if (reached) {
            status = ProgressStatus.ACHIEVED;
        } else if (today.isAfter(due)) {
            status = ProgressStatus.MISSED;
        } else {
            status = fraction.compareTo(expectedFraction(start, due, today)) < 0 ? ProgressStatus.AT_RISK : ProgressStatus.ON_TRACK;
        }
        return new ObjectiveProgress(actual, percent, status);
    }

    /** Share of the way the straight-line pace expects by {@code today}: 0 on the start date, 1 on the due date. */
    static BigDecimal expectedFraction(LocalDate start, LocalDate due, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, due);
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(start, today));
        if (total <= 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(Math.min(elapsed, total)).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
    }
}
