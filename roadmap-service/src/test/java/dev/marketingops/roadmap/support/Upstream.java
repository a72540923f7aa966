package dev.marketingops.roadmap.support;

import dev.marketingops.contracts.EventCodec;
import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.common.Money;
import dev.marketingops.contracts.metrics.KpiScope;
import dev.marketingops.contracts.metrics.KpiSnapshot;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes events as the other services would: CloudEvents built with the contracts codec. */
public final class Upstream {

    private static final EventCodec CODEC = EventCodec.standard();

    private Upstream() {
    }

    public static ProducerRecord<String, byte[]> record(EventPayload payload) {
        return CODEC.toProducerRecord(CODEC.toCloudEvent(payload, URI.create("/tests/roadmap")), payload.partitionKey());
    }

    public static void publish(EventPayload payload) {
        Published.kafka().publish(record(payload));
    }

    /** A launch's snapshot for the window ending {@code windowEnd}, with the given conversions and CPA. */
    public static KpiSnapshot launchSnapshot(UUID launch, Instant windowEnd, long conversions, String cpa) {
        return new KpiSnapshot(KpiScope.LAUNCH, launch, null, launch, null, windowEnd.minusSeconds(3600), windowEnd,
                100_000, 4_000, conversions, 80_000, Money.of("1200.00", "EUR"), Money.of("9000.00", "EUR"),
                new BigDecimal("0.04"), new BigDecimal("0.30"), new BigDecimal("12.00"), new BigDecimal("0.05"),
                new BigDecimal(cpa), new BigDecimal("7.5"), new BigDecimal("6.5"));
    }
}
