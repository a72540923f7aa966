package dev.marketingops.metrics.kpis.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.metrics.KpiScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The people funnel (mode=people): distinct customers (by pseudonym, from their touchpoints) who reached each stage in
 * funnel order within {@code window} of entering it at awareness, and the conversion rate from the stage before.
 */
public record PeopleFunnelReport(KpiScope scope, UUID scopeId, Instant from, Instant to,
        @Schema(description = "people") String mode,
        @Schema(description = "ISO-8601 duration: every stage must follow the awareness touchpoint within it") String window,
        List<Step> stages) {

    /**
     * @param customers      distinct customers who reached this stage in order
     * @param conversionRate customers here / customers at the previous stage (6 decimals); null for the first stage or
     *                       when the previous stage had none
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(JourneyStage stage, long customers, @Schema(nullable = true) BigDecimal conversionRate) {
    }
}
