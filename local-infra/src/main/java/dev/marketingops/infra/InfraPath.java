package dev.marketingops.infra;

import java.util.Locale;

/** Which servers the test resources start: embedded processes (default, no Docker) or Testcontainers containers. */
enum InfraPath {
    EMBEDDED,
    TESTCONTAINERS;

    /** The build property: {@code -Dinfra=testcontainers}; the parent pom's profile hands it to the test JVMs. */
    static final String PROPERTY = "infra";

    static InfraPath current() {
        String configured = System.getProperty(PROPERTY, "embedded").trim().toLowerCase(Locale.ROOT);
        return switch (configured) {
            case "", "embedded" -> EMBEDDED;
            case "testcontainers" -> TESTCONTAINERS;
            default -> throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + configured + ": use embedded (the default) or testcontainers");
        };
    }
}
