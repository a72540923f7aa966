package dev.marketingops.metrics.targets.domain;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import dev.marketingops.contracts.metrics.KpiScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A KPI target of a campaign, launch or product.
 *
 * @param objectiveId the roadmap objective it comes from, or null when an analyst set it
 * @param target      the line: reached when the KPI gets to it in {@code direction}; for CPA going DECREASE, a limit
 */
public record KpiTarget(UUID id, KpiScope scope, UUID scopeId, KpiKey kpiKey, Direction direction, BigDecimal baseline,
                        BigDecimal target, LocalDate dueDate, UUID objectiveId, String source, long version) {
}
