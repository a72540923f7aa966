package dev.marketingops.contracts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When an event may have happened: from {@link #EARLIEST} to {@code maxFutureSkew} past a clock, both ends included.
 * Anything else is a producer's broken clock or a hostile record (year 0, +10000), never an event that happened. The
 * codec judges a CloudEvent's {@code time} on the wall clock; services judge a payload's event time (activity's
 * occurredAt, feedback's submittedAt) on their injected clock (service-plumbing's {@code EventTimeBeans}).
 *
 * @param clock         the clock the event times are compared with
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

    /**
     * The latest event time taken now. A check of many events takes it once and compares each time with
     * {@link #within}: two comparisons and no allocation per event (metrics' ingest hot path).
     */
    public Instant latest() {
        try {
            return clock.instant().plus(maxFutureSkew);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX; // a skew of centuries: past the last instant, so no upper bound
        }
    }

    /** Whether an event may have happened at {@code time}, {@code latest} being {@link #latest()}. */
    public static boolean within(Instant time, Instant latest) {
        return time.compareTo(EARLIEST) >= 0 && time.compareTo(latest) <= 0;
    }

    /** Whether an event may have happened at {@code time}, taking {@link #latest()} now (one event; for many, above). */
    public boolean accepts(Instant time) {
        return within(time, latest());
    }

    /** The refusal's message for a payload's {@code time} not {@link #within} {@code latest}. */
    public String refusal(Instant time, Instant latest) {
        return "must be from " + EARLIEST + " to " + latest + " (" + maxFutureSkew + " after now), was " + time
                + ": a wrong clock or unit is never an event that happened";
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
