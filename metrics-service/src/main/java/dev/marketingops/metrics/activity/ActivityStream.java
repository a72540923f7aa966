package dev.marketingops.metrics.activity;

import dev.marketingops.plumbing.progress.ConsumerProgress;
import dev.marketingops.plumbing.progress.ConsumerStream;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The marketing.activity consumer's lifecycle and gauges: an {@link ActivityLoop} on its own thread gathers polled records into an
 * {@link ActivityBatch} while the previous batch commits. Kafka's committed offsets are never used; on every
 * assignment, and after any failed batch, the consumer seeks to the positions stored in PostgreSQL with the rollups
 * and rebuilds its {@link IdWindow} from the id log stored with them. Its stall shows as consumer
 * {@code metrics-service.activity} of the shared {@link ConsumerProgress}.
 */
@ApplicationScoped
public class ActivityStream {

    private final ActivityIntake intake;
    private final RollupStore store;
    private final ActivityConsumers consumers;
    private final PoisonIsolator isolator;
    private final ConsumerStream progress;
    private final String topic;
    private final int maxBatchRecords;
    private final Duration dedupHorizon;
    private final long dedupMaxIds;
    private final boolean enabled;
    private volatile ActivityLoop loop;

    public ActivityStream(ActivityIntake intake, RollupStore store, ActivityConsumers consumers,
                          PoisonIsolator isolator, ConsumerProgress progress,
                          @ConfigProperty(name = "marketingops.activity.topic") String topic,
                          @ConfigProperty(name = "marketingops.activity.max-batch-records") int maxBatchRecords,
                          @ConfigProperty(name = "marketingops.activity.dedup-horizon") Duration dedupHorizon,
                          @ConfigProperty(name = "marketingops.activity.dedup-max-ids") long dedupMaxIds,
                          @ConfigProperty(name = "marketingops.activity.enabled") boolean enabled,
                          MeterRegistry registry) {
        this.intake = intake;
        this.store = store;
        this.consumers = consumers;
        this.isolator = isolator;
        this.progress = progress.register(ActivityIntake.CONSUMER);
        this.topic = topic;
        this.maxBatchRecords = maxBatchRecords;
        this.dedupHorizon = dedupHorizon;
        this.dedupMaxIds = dedupMaxIds;
        this.enabled = enabled;
        registry.gauge("marketingops.activity.dedup.ids", this, s -> s.window().size());
        registry.gauge("marketingops.activity.dedup.horizon.seconds", this,
                s -> s.window().effectiveHorizon(System.currentTimeMillis()).toSeconds());
        registry.more().counter("marketingops.activity.dedup.evicted", List.of(), this, s -> s.window().evicted());
    }

    /** The running consumer's id window (an empty one while stopped), for the gauges. */
    private IdWindow window() {
        ActivityLoop current = loop;
        return current == null ? new IdWindow(dedupHorizon, dedupMaxIds) : current.window;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (loop == null) {
            ActivityLoop next = new ActivityLoop(this, intake, store, consumers, isolator, progress, topic,
                    maxBatchRecords, dedupHorizon, dedupMaxIds);
            Thread thread = new Thread(next, "activity-stream");
            thread.setDaemon(true);
            next.thread = thread;
            loop = next;
            thread.start();
        }
    }

    /**
     * Stops polling and leaves the group; a batch in flight finishes or rolls back, never half-commits, and the batch
     * gathered so far is written while the partitions are still ours. Waits up to 30 s for the loop to end.
     */
    public void stop() {
        ActivityLoop current;
        synchronized (this) {
            current = loop;
            loop = null;
        }
        if (current != null) {
            current.halt();
        }
        progress.idle(); // stopped on purpose (shutdown, a test, the benchmark): not a stall
    }

    /** Any batch committed (normal, split, or position-only past a dead-lettered poison record) is progress. */
    void onCommit(@Observes ActivityBatchCommitted batch) {
        progress.progressed();
    }

    /** A loop that ended by itself (an error) lets start() begin a new one. */
    synchronized void ended(ActivityLoop ended) {
        if (loop == ended) {
            loop = null;
        }
    }
}
