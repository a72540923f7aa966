package dev.marketingops.metrics.targets;

import dev.marketingops.metrics.activity.domain.ActivityBatchCommitted;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Emits a KpiSnapshot for each active campaign (and its launch) whose rollups a committed activity batch changed, at
 * most one per campaign per {@code marketingops.kpi.snapshot-on-change} delay, so an open page's KPI chart gains new
 * activity within about that delay instead of waiting for the next round over every campaign (whose length grows with
 * the number of active campaigns). {@code off} (the default) leaves only the periodic rounds.
 */
@ApplicationScoped
public class KpiSnapshotsOnChange {

    private static final Logger LOG = Logger.getLogger(KpiSnapshotsOnChange.class);

    private final KpiSnapshots snapshots;
    private final Set<UUID> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean due = new AtomicBoolean();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kpi-snapshots-on-change");
        t.setDaemon(true);
        return t;
    });
    private volatile Duration delay;

    public KpiSnapshotsOnChange(KpiSnapshots snapshots,
                                @ConfigProperty(name = "marketingops.kpi.snapshot-on-change") String delay) {
        this.snapshots = snapshots;
        // Quarkus' own duration syntax, as in every other interval: 200ms, 1s, PT0.5S.
        this.delay = "off".equalsIgnoreCase(delay.strip()) ? null : DurationConverter.parseDuration(delay.strip());
    }

    /** Runs on the activity commit thread: only notes the campaigns, the snapshots are written on our own thread. */
    void changed(@Observes ActivityBatchCommitted batch) {
        Duration wait = delay;
        if (wait == null || batch.campaigns().isEmpty()) {
            return;
        }
        changed.addAll(batch.campaigns());
        if (due.compareAndSet(false, true)) {
            flusher.schedule(this::flush, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Tests of the periodic rounds keep it off; the test of this class switches it on. */
    void delay(Duration delay) {
        this.delay = delay;
    }

    private void flush() {
        due.set(false);
        Set<UUID> campaigns = new HashSet<>(changed);
        changed.removeAll(campaigns);
        try {
            snapshots.emitFor(campaigns);
        } catch (RuntimeException e) {
            // The periodic round still covers these campaigns.
            LOG.warnf(e, "KpiSnapshots for %d changed campaigns failed", campaigns.size());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        flusher.shutdownNow();
    }
}
