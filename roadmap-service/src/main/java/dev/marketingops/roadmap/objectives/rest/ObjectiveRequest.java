package dev.marketingops.roadmap.objectives.rest;

import dev.marketingops.contracts.common.Direction;
import dev.marketingops.contracts.common.KpiKey;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A SMART objective: a KPI moved from a baseline to a target by a due date; {@code startDate} defaults to today.
 * The KPI key is checked as text, so an unknown key is reported against {@code kpiKey} like any other invalid field.
 */
@Schema(example = "{\"kpiKey\": \"conversions\", \"direction\": \"INCREASE\", \"baseline\": 0, \"target\": 5000, "
        + "\"startDate\": \"2026-04-01\", \"dueDate\": \"2026-06-30\"}")
public record ObjectiveRequest(
        @NotNull
        @Pattern(regexp = KPI_KEYS, message = "must be one of impressions, clicks, conversions, revenue, spend, reach, ctr, "
                + "cpc, cpm, conversion_rate, cpa, roas, roi, nps, csat")
        @Schema(enumeration = {"impressions", "clicks", "conversions", "revenue", "spend", "reach", "ctr", "cpc", "cpm",
                "conversion_rate", "cpa", "roas", "roi", "nps", "csat"})
        String kpiKey,
        @NotNull Direction direction,
        @NotNull @Digits(integer = 13, fraction = 6) BigDecimal baseline,
        @NotNull @Digits(integer = 13, fraction = 6) BigDecimal target,
        LocalDate startDate,
        @NotNull LocalDate dueDate) {

    static final String KPI_KEYS = "impressions|clicks|conversions|revenue|spend|reach|ctr|cpc|cpm|conversion_rate|cpa|roas|roi|nps|csat";

    public KpiKey kpi() {
        return KpiKey.fromWireName(kpiKey);
    }
}
