package dev.marketingops.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A token the console cannot check is not let in: signing in unchecked would admit a forged one. */
class TokenCheckTest {

    @Test
    void aTokenIsUncheckedWhenRoadmapServiceCannotBeReached() {
        TokenCheck check = new TokenCheck("http://127.0.0.1:9", Duration.ofSeconds(2)); // nothing listens on port 9

        assertThat(check.check("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.abc")).isEqualTo(TokenCheck.Verdict.UNCHECKED);
    }
}
