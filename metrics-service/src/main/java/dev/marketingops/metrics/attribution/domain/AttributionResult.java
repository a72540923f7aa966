package dev.marketingops.metrics.attribution.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * One model's answer over a set of journeys.
 *
 * @param byCampaign             credit per campaign
 * @param byChannel              credit per channel
 * @param attributed             conversions and revenue that had at least one touchpoint in their window
 * @param unattributed           conversions and revenue with no touchpoint in their window (reported, never dropped)
 * @param convertingPaths        data-driven: paths ending in a conversion it used (0 for heuristic models)
 * @param nonConvertingPaths     data-driven: paths of customers without a conversion it used
 * @param removalEffects         data-driven: each path item's removal effect (empty for heuristic models)
 */
public record AttributionResult(AttributionModel model, Map<UUID, Credit> byCampaign, Map<String, Credit> byChannel,
        Credit attributed, Credit unattributed, long convertingPaths, long nonConvertingPaths,
        Map<String, Double> removalEffects) {

    /** The sum of credited conversions over all campaigns (equals {@code attributed().conversions()}). */
    public BigDecimal creditedConversions() {
        return byCampaign.values().stream().map(Credit::conversions).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
