package dev.marketingops.feedback.collect.rest;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.FeedbackType;
import dev.marketingops.contracts.common.SubjectRef;
import dev.marketingops.contracts.feedback.FeedbackSubmitted;
import dev.marketingops.feedback.collect.domain.SubmissionRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Feedback as a widget or survey submits it. Which of score, rating and text are needed depends on the type; those
 * rules live in {@link SubmissionRules}, shared with the Kafka and CSV paths.
 *
 * @param score       NPS 0–10, for NPS only
 * @param rating      1–5, for CSAT (required) and REVIEW (optional)
 * @param text        up to 10,000 characters; required for REVIEW and FEATURE_REQUEST, optional comment otherwise
 * @param subject     at least one of productId, launchId, campaignId, roadmapItemId (a FEATURE_REQUEST's roadmap item)
 * @param submittedAt when the customer answered, from 2000 to a day ahead of the service's clock (else 422); defaults
 *                    to when the service received it
 * @param customerRef the tool's customer reference; stored only as a keyed hash
 */
public record FeedbackRequest(
        @NotNull FeedbackType type,
        Integer score,
        Integer rating,
        String text,
        @NotNull SubjectRef subject,
        @NotNull Channel channel,
        @NotBlank @Size(max = 35) @Pattern(regexp = SubmissionRules.LOCALE, message = "must be a BCP 47 language tag such as en or de-DE") String locale,
        Instant submittedAt,
        @NotBlank @Size(max = SubmissionRules.MAX_CUSTOMER_REF) String customerRef) {

    /** The submission as every channel hands it to the intake; a missing submittedAt is filled in there. */
    public FeedbackSubmitted toSubmission(String idempotencyKey) {
        return new FeedbackSubmitted(idempotencyKey, type, score, rating, text, subject, channel, locale, submittedAt,
                customerRef);
    }
}
