package dev.marketingops.console.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the session cookie is written and where the local stack's role tokens are (local profile only). */
@ConfigMapping(prefix = "console")
public interface SessionCookie {

    SessionSettings session();

    StackTokens stackTokens();

    /** The cookie holding the bearer token. */
    interface SessionSettings {
        @WithDefault("mo_session")
        String cookie();

        @WithDefault("false")
        boolean secure();

        @WithDefault("8H")
        Duration maxAge();
    }

    /** The folder with the local stack's {@code <role>.jwt} files; empty outside the local stack. */
    interface StackTokens {
        Optional<String> dir();
    }
}
