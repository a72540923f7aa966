package dev.marketingops.contracts.privacy;

import dev.marketingops.contracts.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * Every service must delete all it holds about a customer.
 *
 * @param customerRef the customer reference as tools send it (each service applies its own pseudonymisation to match)
 * @param requestedBy who asked: a privacy officer's user id or the admin API client
 */
public record CustomerErasureRequested(
        UUID requestId,
        String customerRef,
        Instant requestedAt,
        String requestedBy) implements EventPayload {

    public static final String TYPE = "dev.marketingops.feedback.CustomerErasureRequested.v1";

    @Override
    public String aggregateId() {
        return requestId.toString();
    }

    /** privacy.erasure is keyed by customer ref, so repeated requests for one customer stay in order. */
    @Override
    public String partitionKey() {
        return customerRef;
    }
}
