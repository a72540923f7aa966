package dev.marketingops.campaign.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Every campaign test runs on the same day: the service's Clock starts at {@link #ORIGIN} when the JVM starts and
 * runs at real speed from there, so no result depends on the day the build runs, yet the scheduler still sees time
 * pass. Anchored to the JVM's start (not to when this class loads), so test code and the app agree to the millisecond.
 */
public class TestClock {

    /** The tests' first instant: a Monday morning, far from any midnight a test run could reach. */
    public static final Instant ORIGIN = Instant.parse("2030-03-04T09:00:00Z");

    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), ORIGIN));

    public static Instant now() {
        return CLOCK.instant();
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
