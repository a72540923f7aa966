package dev.marketingops.metrics.kpis.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marketingops.contracts.common.JourneyStage;
import dev.marketingops.contracts.metrics.KpiScope;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The journey funnel: activity per stage, awareness to advocacy, with each stage's share of the stage before. */
public record FunnelReport(KpiScope scope, UUID scopeId, Instant from, Instant to, List<Step> stages) {

    /**
     * @param activities   all activity counted at this stage
     * @param fromPrevious activities here / activities at the previous stage; null for the first stage or when it had none
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(JourneyStage stage, long activities, long impressions, long clicks, long conversions,
                       @Schema(nullable = true) BigDecimal fromPrevious) {
    }
}
