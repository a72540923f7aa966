package dev.marketingops.contracts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Which CloudEvent {@code time} a consumer takes: from {@link #EARLIEST} to {@code maxFutureSkew} past the wall clock.
 * Anything else is a producer's broken clock or a hostile record (year 0, +10000), never an event that happened.
 *
 * @param clock         the wall clock the producers' clocks are compared with (not a service's test clock)
 * @param maxFutureSkew how far ahead of this clock a producer's clock may run, zero or more
 */
public record EventTimeBounds(Clock clock, Duration maxFutureSkew) {

    /** No event of ours happened before this, and every database of ours holds it. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofDays(1);

    public EventTimeBounds {
        Objects.requireNonNull(clock);
        if (maxFutureSkew == null || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("maxFutureSkew must be zero or more, was " + maxFutureSkew);
        }
    }

    /** The system clock in UTC and {@link #DEFAULT_MAX_FUTURE_SKEW}. */
    public static EventTimeBounds standard() {
        return new EventTimeBounds(Clock.systemUTC(), DEFAULT_MAX_FUTURE_SKEW);
    }

    /** Whether a CloudEvent may carry this time. */
    public boolean accepts(Instant time) {
        // Measured as a duration: now plus any skew could overflow, a difference of two instants cannot.
        return !time.isBefore(EARLIEST) && Duration.between(clock.instant(), time).compareTo(maxFutureSkew) <= 0;
    }

    /** The envelope's problem with {@code time} (absent is fine: the attribute is optional), or null. */
    Violation check(OffsetDateTime time) {
        if (time == null || accepts(time.toInstant())) {
            return null;
        }
        return new Violation("time", "must be from " + EARLIEST + " to " + maxFutureSkew + " after now, was " + time
                + " (Kafka header ce_time)", "cloudevent");
    }
}
