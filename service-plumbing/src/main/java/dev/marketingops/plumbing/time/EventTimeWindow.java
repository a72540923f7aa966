package dev.marketingops.plumbing.time;

import dev.marketingops.contracts.EventTimeBounds;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a payload's event (activity's occurredAt, feedback's submittedAt) may have happened: from 2000-01-01 to
 * {@code marketingops.events.max-future-skew} past the service's {@link Clock}, the same bounds as a CloudEvent's time.
 */
@Singleton
public class EventTimeWindow {

    public static final Instant EARLIEST = EventTimeBounds.EARLIEST;

    private final Clock clock;
    private final Duration maxFutureSkew;

    public EventTimeWindow(Clock clock, @ConfigProperty(name = "marketingops.events.max-future-skew") Duration maxFutureSkew) {
        if (maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("marketingops.events.max-future-skew must be zero or more, was " + maxFutureSkew);
        }
        this.clock = clock;
        this.maxFutureSkew = maxFutureSkew;
    }

    /**
     * The latest event time taken now. A check of many events takes it once and compares each time with
     * {@link #within}: two comparisons and no allocation per event (metrics' ingest hot path).
     */
    public Instant latest() {
        Instant now = clock.instant();
        try {
            return now.plus(maxFutureSkew);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX; // a skew of centuries: no upper bound, as EventTimeBounds measures it
        }
    }

    /** Whether an event may have happened at {@code time}, {@code latest} being {@link #latest()}. */
    public static boolean within(Instant time, Instant latest) {
        return time.compareTo(EARLIEST) >= 0 && time.compareTo(latest) <= 0;
    }

    /** The refusal's message for a {@code time} not {@link #within} {@code latest}. */
    public String refusal(Instant time, Instant latest) {
        return "must be from " + EARLIEST + " to " + latest + " (" + maxFutureSkew + " after now), was " + time
                + ": a wrong clock or unit is never an event that happened";
    }
}
