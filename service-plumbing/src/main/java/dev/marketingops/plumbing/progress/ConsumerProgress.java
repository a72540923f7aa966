package dev.marketingops.plumbing.progress;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registry of consumer streams that must keep moving, with their stall gauges (see docs/plumbing.md). */
@ApplicationScoped
public class ConsumerProgress {

    private final MeterRegistry registry;
    private final Duration stallAfter;
    private final LongSupplier nanos;
    private final Map<String, ConsumerStream> streams = new ConcurrentHashMap<>();

    @Inject
    public ConsumerProgress(MeterRegistry registry,
                            @ConfigProperty(name = "marketingops.consumer.stall-after", defaultValue = "PT2M") Duration stallAfter) {
        this(registry, stallAfter, System::nanoTime);
    }

    ConsumerProgress(MeterRegistry registry, Duration stallAfter, LongSupplier nanos) {
        this.registry = registry;
        this.stallAfter = stallAfter;
        this.nanos = nanos;
    }

    /** The stream of this consumer, registered with its gauges on first use; the same object for the same name. */
    public ConsumerStream register(String consumer) {
        ConsumerStream known = streams.get(consumer);
        return known != null ? known : streams.computeIfAbsent(consumer, this::create);
    }

    public Collection<ConsumerStream> streams() {
        return List.copyOf(streams.values());
    }

    public Duration stallAfter() {
        return stallAfter;
    }

    private ConsumerStream create(String consumer) {
        ConsumerStream stream = new ConsumerStream(consumer, stallAfter, nanos);
        Gauge.builder("marketingops.consumer.stalled", stream, s -> s.stalled() ? 1 : 0)
                .description("1 while the consumer holds work it has not finished within the stall limit")
                .tag("consumer", consumer).register(registry);
        Gauge.builder("marketingops.consumer.waiting", stream, s -> s.waiting().toNanos() / 1e9)
                .description("How long the work the consumer holds has waited to be finished (0 when idle)")
                .baseUnit("seconds").tag("consumer", consumer).register(registry);
        return stream;
    }
}
