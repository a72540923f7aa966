package dev.marketingops.plumbing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The pseudonym is HMAC-SHA256 of the stripped reference under the key: same key, same pseudonym; another key, another. */
class KeyedPseudonymTest {

    private static final String KEY = "a-key-of-sixteen-chars";

    @Test
    void isHmacSha256OfTheStrippedReference() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal("cust-42".getBytes(StandardCharsets.UTF_8));
        KeyedPseudonym pseudonym = new KeyedPseudonym("test.key", KEY);

        assertThat(pseudonym.digest("cust-42")).isEqualTo(expected);
        assertThat(pseudonym.digest("  cust-42 \n")).isEqualTo(expected);
        ByteBuffer first = ByteBuffer.wrap(expected);
        assertThat(pseudonym.uuid("cust-42")).isEqualTo(new UUID(first.getLong(), first.getLong()));
        assertThat(pseudonym.text("cust-42")).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected))
                .hasSize(43);
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertThat(new KeyedPseudonym("a", "another-key-of-16+").uuid("cust-42"))
                .isNotEqualTo(new KeyedPseudonym("b", KEY).uuid("cust-42"));
    }

    @Test
    void eachThreadGetsTheSameAnswer() throws Exception {
        KeyedPseudonym pseudonym = new KeyedPseudonym("test.key", KEY);
        String here = pseudonym.text("cust-7");
        assertThat(CompletableFuture.supplyAsync(() -> pseudonym.text("cust-7")).get()).isEqualTo(here);
    }

    @Test
    void refusesAMissingOrShortKeyNamingIt() {
        assertThatThrownBy(() -> new KeyedPseudonym("marketingops.x.pseudonym-key", "short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("marketingops.x.pseudonym-key must have at least 16 characters");
        assertThatThrownBy(() -> new KeyedPseudonym("Pseudonym key 'k1'", null)).hasMessageContaining("'k1'");
    }
}
