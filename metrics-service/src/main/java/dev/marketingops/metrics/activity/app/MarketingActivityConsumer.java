package dev.marketingops.metrics.activity.app;

import dev.marketingops.metrics.activity.domain.ActivityBatchCommitted;
import dev.marketingops.metrics.activity.domain.ActivityStages;
import dev.marketingops.metrics.activity.domain.IdWindow;
import dev.marketingops.metrics.activity.domain.RollupStore;
import dev.marketingops.plumbing.progress.ConsumerProgress;
import dev.marketingops.plumbing.progress.ConsumerStream;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The marketing.activity consumer: starts and stops an {@link ActivityLoop} on its own thread, which counts batches
 * exactly once with the positions stored in PostgreSQL (Kafka's committed offsets are never used), and owns its
 * gauges. Its stall shows as consumer {@code metrics-service.activity} of the shared {@link ConsumerProgress}.
 */
@ApplicationScoped
public class MarketingActivityConsumer {

    private static final Logger LOG = Logger.getLogger(MarketingActivityConsumer.class);

    private final ActivityIntake intake;
    private final RollupStore store;
    private final ActivityConsumers consumers;
    private final PoisonIsolator isolator;
    private final ConsumerStream progress;
    private final ActivityStages stages;
    private final ActivitySettings settings;
    private volatile ActivityLoop loop;

    public MarketingActivityConsumer(ActivityIntake intake, RollupStore store, ActivityConsumers consumers,
                                     PoisonIsolator isolator, ConsumerProgress progress, ActivityStages stages,
                                     ActivitySettings settings, MeterRegistry registry) {
        this.intake = intake;
        this.store = store;
        this.consumers = consumers;
        this.isolator = isolator;
        this.progress = progress.register(ActivityIntake.CONSUMER);
        this.stages = stages;
        this.settings = settings;
        registry.gauge("marketingops.activity.dedup.ids", this, s -> s.window().size());
        registry.gauge("marketingops.activity.dedup.horizon.seconds", this,
                s -> s.window().effectiveHorizon(System.currentTimeMillis()).toSeconds());
        registry.more().counter("marketingops.activity.dedup.evicted", List.of(), this, s -> s.window().evicted());
    }

    /** The running consumer's id window (an empty one while stopped), for the gauges. */
    private IdWindow window() {
        ActivityLoop current = loop;
        return current == null ? new IdWindow(settings.dedupHorizon(), settings.dedupMaxIds()) : current.work.window;
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (loop == null) {
            ActivityLoop next = new ActivityLoop(this, intake, store, consumers, isolator, progress, stages, settings);
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
            long start = System.nanoTime();
            current.halt();
            LOG.infof("Activity stream stopped in %d ms", (System.nanoTime() - start) / 1_000_000);
        }
        progress.idle(); // stopped on purpose (shutdown, a test, the benchmark): not a stall
    }

    /** Whether a loop runs (false once stopped, or after it ended by itself on an error). */
    public boolean running() {
        return loop != null;
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
