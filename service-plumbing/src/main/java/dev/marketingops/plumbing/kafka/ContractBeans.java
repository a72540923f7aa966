package dev.marketingops.plumbing.kafka;

import dev.marketingops.contracts.EventCodec;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the contracts' codec (schema validation included) injectable; it is immutable and thread-safe. */
public class ContractBeans {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }
}
