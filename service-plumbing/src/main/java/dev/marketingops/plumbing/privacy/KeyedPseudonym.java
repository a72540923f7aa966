package dev.marketingops.plumbing.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A customer reference's keyed hash, HMAC-SHA256(key, reference without surrounding blanks): the one pseudonym
 * computation every service uses, each with its own key. Without the key a pseudonym cannot be tested.
 */
public final class KeyedPseudonym {

    public static final int MIN_KEY_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** A Mac per thread: getInstance and init cost more than the hash itself, on ingest paths. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * @param keyName how the error names the key (its config key or id) when it is missing or too short
     * @param secret  the key, at least {@value #MIN_KEY_LENGTH} characters
     */
    public KeyedPseudonym(String keyName, String secret) {
        if (secret == null || secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(keyName + " must have at least " + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        newMac(); // fails at start, not on the first customer, if the JDK lacks the algorithm
    }

    /** The whole 32-byte digest. */
    public byte[] digest(String customerRef) {
        return macs.get().doFinal(customerRef.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The digest's first 128 bits, for a uuid column (16 bytes, no length header). */
    public UUID uuid(String customerRef) {
        ByteBuffer digest = ByteBuffer.wrap(digest(customerRef));
        return new UUID(digest.getLong(), digest.getLong());
    }

    /** The whole digest as unpadded base64url text (43 characters). */
    public String text(String customerRef) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest(customerRef));
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
