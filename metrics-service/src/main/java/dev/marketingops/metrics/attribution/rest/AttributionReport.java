package dev.marketingops.metrics.attribution.rest;

import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attribution of a scope's conversions in [from, to) under one or more models, side by side. */
public record AttributionReport(KpiScope scope, UUID scopeId, Instant from, Instant to,
        @Schema(description = "Lookback window (ISO-8601 duration): only touchpoints this long before a conversion count")
        String lookback,
        @Schema(description = "Customers whose journeys were read: heuristic models alone read only those with a "
                + "conversion or revenue in the range; data-driven reads every customer with a touchpoint of the scope")
        int customers,
        List<ModelCredit> models) {

    /** One model's answer. */
    public record ModelCredit(
            @Schema(description = "last-touch, first-touch, linear, time-decay, position-based or data-driven") String model,
            @Schema(description = "The parameters this model used") Map<String, String> parameters,
            @Schema(description = "Conversions with at least one touchpoint in their window; the sum over campaigns (and over channels)")
            BigDecimal attributedConversions,
            @Schema(description = "Conversions with no touchpoint in their window: reported, never dropped")
            BigDecimal unattributedConversions,
            @Schema(description = "Revenue with a touchpoint in its window, per currency (never summed across currencies)")
            List<Money> attributedRevenue,
            List<Money> unattributedRevenue,
            @Schema(description = "data-driven only: the journeys (paths) the Markov chain was built from; null otherwise")
            PathsUsed journeys,
            List<Row> campaigns,
            List<Row> channels) {
    }

    /** The paths the data-driven model used and each path item's removal effect. */
    public record PathsUsed(long converting, long nonConverting, Map<String, BigDecimal> removalEffects) {
    }

    /** A campaign's (campaignId set) or a channel's (channel set) credit, spend and return on ad spend per currency. */
    public record Row(UUID campaignId, String channel,
            @Schema(description = "Fractional conversions credited (12 decimals)") BigDecimal attributedConversions,
            @Schema(description = "Revenue credited, per currency (6 decimals)") List<Money> revenue,
            @Schema(description = "Spend in [from, to) from the rollups, per currency") List<Money> spend,
            @Schema(description = "Credited revenue / spend, per currency in which both exist and spend > 0 (6 decimals)")
            List<Roas> roas) {
    }

    /** Return on ad spend in one currency. */
    public record Roas(String currency, BigDecimal value) {
    }
}
