package dev.marketingops.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A pasted token no Authorization header could carry is simply not valid: never a 500, never a call to a service. */
class TokenShapeTest {

    // Nothing listens here: a token of the right shape would be let in unchecked, so only the shape can refuse these.
    private final TokenCheck check = new TokenCheck("http://127.0.0.1:9");

    @Test
    void aLineBreakOrANonAsciiCharacterInsideIsRefused() {
        assertThat(check.accepted("eyJhbGciOiJSUzI1NiJ9.eyJzdWIi\nOiJ4In0.abc")).isFalse();
        assertThat(check.accepted("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.abcä")).isFalse();
        assertThat(check.accepted("eyJhbGciOiJSUzI1NiJ9 .eyJzdWIiOiJ4In0.abc")).isFalse();
    }
}
