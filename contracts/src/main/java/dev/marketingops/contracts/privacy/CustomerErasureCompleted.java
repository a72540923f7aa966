package dev.marketingops.contracts.privacy;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A service has applied a {@link CustomerErasureRequested}: what it held about the customer is gone. It carries no
 * customer reference, only the request's id, so the topic holds no personal data.
 *
 * @param requestId   the {@link CustomerErasureRequested#requestId()} that was applied
 * @param service     the service that applied it, by the short name the requester expects (e.g. {@code metrics})
 * @param completedAt when the service applied it (its erasure and this event commit in one transaction)
 */
public record CustomerErasureCompleted(
        UUID requestId,
        String service,
        Instant completedAt) implements EventPayload {

    public static final String TYPE = "dev.marketingops.metrics.CustomerErasureCompleted.v1";

    @Override
    public String aggregateId() {
        return requestId.toString();
    }
}
