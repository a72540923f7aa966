package dev.marketingops.plumbing.kafka;

import dev.marketingops.contracts.ContractJson;
import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventTimeBounds;
import dev.marketingops.contracts.EventValidator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes the contracts' codec (schema validation included) injectable; it is immutable and thread-safe. */
public class ContractBeans {

    /**
     * The wall clock, not the service's injectable {@code Clock}: events are stamped, and their {@code ce_time} judged,
     * against the producers' real clocks, while tests pin the service's Clock to other dates.
     */
    @Produces
    @Singleton
    EventCodec eventCodec(@ConfigProperty(name = "marketingops.events.max-future-skew") Duration maxFutureSkew) {
        Clock wall = Clock.systemUTC();
        return new EventCodec(EventValidator.standard(), ContractJson.mapper(), wall, new EventTimeBounds(wall, maxFutureSkew));
    }
}
