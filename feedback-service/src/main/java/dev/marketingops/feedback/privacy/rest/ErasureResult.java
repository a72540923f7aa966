package dev.marketingops.feedback.privacy.rest;

import dev.marketingops.feedback.privacy.app.Erasure;
import java.util.UUID;

/** The request id (as in the event) and the number of feedback records erased by this service. */
public record ErasureResult(UUID requestId, long erasedFeedback) {

    static ErasureResult of(Erasure.Requested requested) {
        return new ErasureResult(requested.requestId(), requested.erasedFeedback());
    }
}
