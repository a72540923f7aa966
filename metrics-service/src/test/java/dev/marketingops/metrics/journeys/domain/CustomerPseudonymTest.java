package dev.marketingops.metrics.journeys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The stored pseudonym is the keyed hash's first 128 bits: same reference and key, same pseudonym; another key, another. */
class CustomerPseudonymTest {

    static JourneysConfig config(String key) {
        return new JourneysConfig() {
            public String pseudonymKey() {
                return key;
            }

            public Duration retention() {
                return Duration.ofDays(180);
            }

            public Duration partitionsAhead() {
                return Duration.ofDays(56);
            }

            public String maintenanceInterval() {
                return "1h";
            }
        };
    }

    @Test
    void isTheFirst128BitsOfHmacSha256() throws Exception {
        CustomerPseudonym pseudonym = new CustomerPseudonym(config("a-key-of-sixteen-chars"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a-key-of-sixteen-chars".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        ByteBuffer digest = ByteBuffer.wrap(mac.doFinal("cust-42".getBytes(StandardCharsets.UTF_8)));
        assertThat(pseudonym.of("cust-42")).isEqualTo(new UUID(digest.getLong(), digest.getLong()));
        assertThat(pseudonym.of("  cust-42 ")).isEqualTo(pseudonym.of("cust-42"));
        assertThat(new CustomerPseudonym(config("another-key-of-16+")).of("cust-42")).isNotEqualTo(pseudonym.of("cust-42"));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new CustomerPseudonym(config("short"))).hasMessageContaining("at least 16");
    }
}
