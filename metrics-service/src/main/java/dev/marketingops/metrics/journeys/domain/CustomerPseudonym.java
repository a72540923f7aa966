package dev.marketingops.metrics.journeys.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A customer reference as metrics stores it: the first 128 bits of HMAC-SHA256(key, reference), held in a uuid column
 * (16 bytes, no length header). The raw reference is never stored; without the key the pseudonym cannot be tested.
 */
@ApplicationScoped
public class CustomerPseudonym {

    static final int MIN_KEY_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** A Mac per thread: getInstance and init cost more than the hash itself, on the ingest path. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CustomerPseudonym(JourneysConfig config) {
        String secret = config.pseudonymKey();
        if (secret == null || secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("marketingops.metrics.journeys.pseudonym-key must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The stored pseudonym of a reference (surrounding blanks ignored, as feedback-service does). */
    public UUID of(String customerRef) {
        ByteBuffer digest = ByteBuffer.wrap(macs.get().doFinal(customerRef.strip().getBytes(StandardCharsets.UTF_8)));
        return new UUID(digest.getLong(), digest.getLong());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
