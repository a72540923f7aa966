package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.SubjectType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The NPS (and CSAT average) of a subject changed.
 *
 * @param nps         percentage of promoters minus percentage of detractors, -100 to 100
 * @param responses   NPS responses counted (promoters + passives + detractors)
 * @param csatAverage mean CSAT rating 1–5, or null when there are no CSAT responses
 * @param asOf        the figures include all feedback submitted up to this instant
 */
public record NpsUpdated(
        SubjectType subjectType,
        UUID subjectId,
        BigDecimal nps,
        long responses,
        long promoters,
        long passives,
        long detractors,
        BigDecimal csatAverage,
        Instant asOf) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.NpsUpdated.v1";

    @Override
    public String aggregateId() {
        return subjectId.toString();
    }
}
