package dev.marketingops.feedback.privacy.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Turns a customer reference into a keyed hash (HMAC-SHA256); the raw reference is never stored. */
@ApplicationScoped
public class CustomerPseudonyms {

    static final int MIN_KEY_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public CustomerPseudonyms(PseudonymConfig config) {
        this.currentKeyId = config.keyId();
        keys.put(config.keyId(), spec(config.keyId(), config.key()));
        config.retiredKeys().forEach((id, key) -> keys.putIfAbsent(id, spec(id, key)));
    }

    /** The pseudonym under the current key, as stored with new feedback. */
    public Pseudonym current(String customerRef) {
        return new Pseudonym(currentKeyId, hash(keys.get(currentKeyId), customerRef));
    }

    /** The customer's pseudonyms under every known key, to find rows written before a key rotation. */
    public List<String> allHashes(String customerRef) {
        List<String> hashes = new ArrayList<>(keys.size());
        keys.values().forEach(key -> hashes.add(hash(key, customerRef)));
        return hashes;
    }

    private static SecretKeySpec spec(String id, String key) {
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("Pseudonym key '" + id + "' must have at least " + MIN_KEY_LENGTH + " characters");
        }
        return new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static String hash(SecretKeySpec key, String customerRef) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(customerRef.strip().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A keyed hash and the id of the key that made it. */
    public record Pseudonym(String keyId, String hash) {
    }
}
