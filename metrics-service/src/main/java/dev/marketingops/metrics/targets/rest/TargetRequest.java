package dev.marketingops.metrics.targets.rest;

import dev.marketingops.contracts.common.Direction;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An analyst's target for one KPI of a scope.
 *
 * @param direction INCREASE: reached at or above target; DECREASE: reached at or below (for CPA: a limit not to exceed)
 * @param target    the line, in the KPI's unit (money in the budget currency, ratios as fractions: 0.05 = 5 %);
 *                  its range depends on the KPI (nps may be negative), so AnalystTargets checks it (TargetRules)
 */
public record TargetRequest(@NotNull Direction direction,
                            @NotNull @Digits(integer = 32, fraction = 6) BigDecimal target,
                            @Digits(integer = 32, fraction = 6) BigDecimal baseline, LocalDate dueDate) {
}
