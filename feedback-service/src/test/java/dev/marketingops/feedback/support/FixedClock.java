package dev.marketingops.feedback.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Every feedback test runs at the same instant, {@link #NOW}, so no result depends on the day the build runs. */
@ApplicationScoped
public class FixedClock {

    /** The service's "now" in tests: sliding windows and default ranges end here. */
    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    /** When test feedback is submitted: inside every window ending now, and before a default range's exclusive end. */
    public static final Instant RECENTLY = NOW.minus(Duration.ofMinutes(5));
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
