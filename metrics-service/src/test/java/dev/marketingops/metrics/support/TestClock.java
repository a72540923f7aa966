package dev.marketingops.metrics.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's Clock in tests: the system clock until a test pins it, so a test that depends on the time sets its own
 * "now" instead of reading today's date. Tests run one at a time in one application, so pinning is safe.
 */
@ApplicationScoped
public class TestClock {

    private static volatile Instant pinned;

    /** Makes {@code now} the service's time until {@link #release()}. */
    public static void pin(Instant now) {
        pinned = now;
    }

    public static void release() {
        pinned = null;
    }

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the service's clock is UTC");
            }

            @Override
            public Instant instant() {
                Instant now = pinned;
                return now != null ? now : Instant.now();
            }
        };
    }
}
