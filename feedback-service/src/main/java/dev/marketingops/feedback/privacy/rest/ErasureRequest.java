package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.feedback.collect.domain.SubmissionRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A privacy officer's request to erase a customer: the reference travels in the body, never in a URL that traces and
 * access logs keep.
 *
 * @param customerRef the reference exactly as the tools submitted it (matched as is: no case folding)
 */
public record ErasureRequest(@NotBlank @Size(max = SubmissionRules.MAX_CUSTOMER_REF) String customerRef) {
}
