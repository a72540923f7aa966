package dev.marketingops.contracts.feedback;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import java.time.Instant;

/**
 * Raw feedback from a support tool (topic feedback.submissions). It may hold personal data, so only
 * feedback-service consumes it; everyone else sees the sanitised {@link FeedbackReceived}.
 *
 * @param idempotencyKey the tool's own id for this feedback, so a resubmission is recognised; or null
 * @param score          NPS score 0–10, required for NPS
 * @param rating         CSAT rating 1–5, required for CSAT
 * @param text           free text up to 10000 chars, required for REVIEW
 * @param locale         BCP 47 language tag, e.g. {@code de-DE}
 * @param customerRef    the tool's customer reference (max 200 chars); pseudonymised by feedback-service
 */
public record FeedbackSubmitted(
        String idempotencyKey,
        FeedbackType type,
        Integer score,
        Integer rating,
        String text,
        SubjectRef subject,
        Channel channel,
        String locale,
        Instant submittedAt,
        String customerRef) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.FeedbackSubmitted.v1";

    /** Raw feedback has no id yet, so the CloudEvent subject is the most specific thing it is about. */
    @Override
    public String aggregateId() {
        return subject.mostSpecificId().toString();
    }
}
