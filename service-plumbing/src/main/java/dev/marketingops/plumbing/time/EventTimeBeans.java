package dev.marketingops.plumbing.time;

import dev.marketingops.contracts.EventTimeBounds;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the bounds of a payload's event time (activity's occurredAt, feedback's submittedAt) injectable. */
public class EventTimeBeans {

    /**
     * The codec's bounds for {@code ce_time} ({@code marketingops.events.max-future-skew}), on the service's injected
     * {@link Clock} rather than the wall clock: the service stores and buckets by these times, and its tests pin it.
     */
    @Produces
    @Singleton
    EventTimeBounds eventTimeBounds(Clock clock, @ConfigProperty(name = "marketingops.events.max-future-skew") Duration maxFutureSkew) {
        try {
            return new EventTimeBounds(clock, maxFutureSkew);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("marketingops.events.max-future-skew: " + e.getMessage(), e); // name the setting
        }
    }
}
