package dev.marketingops.metrics.journeys.domain;

import dev.marketingops.plumbing.privacy.KeyedPseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A customer reference as metrics stores it: the first 128 bits of HMAC-SHA256(key, reference), held in a uuid column
 * (16 bytes, no length header). The raw reference is never stored; without the key the pseudonym cannot be tested.
 */
@ApplicationScoped
public class CustomerPseudonym {

    private final KeyedPseudonym hmac;

    public CustomerPseudonym(JourneysConfig config) {
        this.hmac = new KeyedPseudonym("marketingops.metrics.journeys.pseudonym-key", config.pseudonymKey());
    }

    /** The stored pseudonym of a reference (surrounding blanks ignored, as feedback-service does). */
    public UUID of(String customerRef) {
        return hmac.uuid(customerRef);
    }
}
