package dev.marketingops.contracts.metrics;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.KpiKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A KPI crossed a threshold; emitted once per crossing (with hysteresis), not on every event.
 *
 * @param objectiveId the roadmap objective whose target was reached, or null for budget and CPA thresholds
 * @param value       the KPI value that crossed
 * @param threshold   the threshold it crossed, in the KPI's unit
 */
public record KpiThresholdCrossed(
        KpiScope scope,
        UUID scopeId,
        UUID campaignId,
        UUID launchId,
        UUID productId,
        UUID objectiveId,
        ThresholdKind kind,
        KpiKey kpiKey,
        BigDecimal value,
        BigDecimal threshold,
        Instant occurredAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.metrics.KpiThresholdCrossed.v1";

    @Override
    public String aggregateId() {
        return scopeId.toString();
    }
}
