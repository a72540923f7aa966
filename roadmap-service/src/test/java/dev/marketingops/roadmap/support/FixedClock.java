package dev.marketingops.roadmap.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Every roadmap test runs on the same day, {@link #TODAY}, so no result depends on the day the build runs. */
@ApplicationScoped
public class FixedClock {

    /** The tests' "now": mid-way through the 2026 plans their fixtures describe. */
    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
