package dev.marketingops.metrics.kpis.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.metrics.kpis.domain.KpiFigures;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * KPIs of a campaign, launch or product over [from, to), hour-aligned.
 *
 * @param reach estimated distinct customers (HLL) over the days the range touches
 * @param nps   latest NPS of the subject, null when no feedback yet
 * @param csat  latest CSAT average (1–5), null when none
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiReport(KpiScope scope, UUID scopeId, Instant from, Instant to, long reach,
                        @Schema(nullable = true) BigDecimal nps, @Schema(nullable = true) BigDecimal csat, KpiFigures kpis,
                        @Schema(nullable = true, description = "The attribution model CPA and ROAS were computed under "
                                + "(?attribution=); null: conversions and revenue as the tools reported them") String attribution) {
}
