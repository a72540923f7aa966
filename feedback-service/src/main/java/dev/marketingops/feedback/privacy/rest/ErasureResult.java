package dev.marketingops.feedback.privacy.rest;

import java.util.UUID;

/** The request id (as in the event) and the number of feedback records erased by this service. */
public record ErasureResult(UUID requestId, long erasedFeedback) {
}
