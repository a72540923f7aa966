package dev.marketingops.contracts.roadmap;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A SMART objective carried on a launch, so metrics can register its KPI target without a lookup.
 *
 * @param baseline value of the KPI when the objective was set, in the KPI's unit (money KPIs in the budget currency)
 * @param target   value that counts as reached, in the same unit
 */
public record LaunchObjective(
        UUID objectiveId,
        KpiKey kpiKey,
        Direction direction,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate dueDate) {
}
