package dev.marketingops.feedback.privacy.domain;

import dev.marketingops.plumbing.privacy.KeyedPseudonym;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a customer reference into a keyed hash (HMAC-SHA256); the raw reference is never stored. */
@ApplicationScoped
public class CustomerPseudonyms {

    private final String currentKeyId;
    private final Map<String, KeyedPseudonym> keys = new LinkedHashMap<>();

    public CustomerPseudonyms(PseudonymConfig config) {
        this.currentKeyId = config.keyId();
        keys.put(config.keyId(), spec(config.keyId(), config.key()));
        config.retiredKeys().forEach((id, key) -> keys.putIfAbsent(id, spec(id, key)));
    }

    /** The pseudonym under the current key, as stored with new feedback. */
    public Pseudonym current(String customerRef) {
        return new Pseudonym(currentKeyId, keys.get(currentKeyId).text(customerRef));
    }

    /** The customer's pseudonyms under every known key, to find rows written before a key rotation. */
    public List<String> allHashes(String customerRef) {
        return all(customerRef).stream().map(Pseudonym::hash).toList();
    }

    /** The customer's pseudonyms under every known key, each with the id of its key (the current key first). */
    public List<Pseudonym> all(String customerRef) {
        List<Pseudonym> all = new ArrayList<>(keys.size());
        keys.forEach((id, key) -> all.add(new Pseudonym(id, key.text(customerRef))));
        return all;
    }

    private static KeyedPseudonym spec(String id, String key) {
        return new KeyedPseudonym("Pseudonym key '" + id + "'", key);
    }

    /** A keyed hash and the id of the key that made it. */
    public record Pseudonym(String keyId, String hash) {
    }
}
