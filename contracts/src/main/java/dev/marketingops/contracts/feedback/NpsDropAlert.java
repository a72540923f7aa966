package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.SubjectType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A subject's NPS fell further than the configured margin below its recent peak.
 *
 * @param peakNps   the highest NPS announced since the last drop alert
 * @param nps       the NPS now
 * @param margin    the configured drop, in NPS points, that triggers an alert
 * @param responses NPS answers behind {@code nps}
 */
public record NpsDropAlert(
        SubjectType subjectType,
        UUID subjectId,
        BigDecimal peakNps,
        BigDecimal nps,
        BigDecimal margin,
        long responses,
        Instant detectedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.NpsDropAlert.v1";

    @Override
    public String aggregateId() {
        return subjectId.toString();
    }
}
