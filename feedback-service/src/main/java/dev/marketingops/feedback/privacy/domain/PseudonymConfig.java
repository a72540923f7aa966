package dev.marketingops.feedback.privacy.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Keys for pseudonymising customer references (see the module README on rotation). */
@ConfigMapping(prefix = "marketingops.feedback.privacy.pseudonym")
public interface PseudonymConfig {

    /** The current HMAC key; new feedback is hashed with it. */
    String key();

    /** Stored next to every hash, so rows made with a retired key can still be found. */
    @WithDefault("k1")
    String keyId();

    /** Earlier keys by id, kept until no stored row uses them; erasure and votes match under all of them. */
    Map<String, String> retiredKeys();
}
