package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress.Reading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

/** One reading of both KPI jobs' rows (one statement) feeds the parked and stall gauges and both kpi-jobs checks. */
@ApplicationScoped
public class KpiJobReadings {

    private static final Logger LOG = Logger.getLogger(KpiJobReadings.class);
    /** What a kpi-jobs check says when it cannot read: fixed, as an exception's text may quote SQL or data. */
    static final String UNREADABLE = "KPI job tables not readable; the cause is in the service log";

    private final KpiJobProgress progress;
    private final StalledJobs stalls;
    private final Map<Job, Long> parked = new EnumMap<>(Job.class);
    /** The ticket of the reading {@link #parked} comes from: an older one finishing later must not replace it. */
    private long parkedTicket;
    private final AtomicBoolean failing = new AtomicBoolean();

    public KpiJobReadings(KpiJobProgress progress, StalledJobs stalls, MeterRegistry registry) {
        this.progress = progress;
        this.stalls = stalls;
        for (Job job : Job.values()) {
            parked.put(job, 0L);
            Gauge.builder("marketingops.kpi.scopes.parked", this, r -> r.parked(job)).tag("job", job.name())
                    .description("Scopes the KPI job has parked: their work failed on their own; each is retried alone later")
                    .register(registry);
        }
    }

    /** Every replica reads the shared rows itself, so each shows the same, whichever replica holds or runs the jobs. */
    @Scheduled(every = "${marketingops.metrics.kpis.parked-refresh:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database's own health check reports an outage; the gauges keep the last reading (waiting still rises).
            LOG.debugf("KPI job rows not read: %s", e);
        }
    }

    /** Reads every job's progress and parked count in one statement and updates the gauges and the stall state. */
    public List<Reading> refresh() {
        long ticket = stalls.ticket();
        List<Reading> readings = QuarkusTransaction.requiringNew().call(progress::read);
        synchronized (parked) {
            if (ticket > parkedTicket) {
                parkedTicket = ticket;
                readings.forEach(r -> parked.put(r.job(), r.parked()));
            }
        }
        stalls.read(ticket, readings);
        failing.set(false);
        return readings;
    }

    /** Parked scopes of the job in the last reading taken. */
    public long parked(Job job) {
        synchronized (parked) {
            return parked.get(job);
        }
    }

    /**
     * What a kpi-jobs check answers when it could not read: DOWN with the fixed {@link #UNREADABLE}; the cause is logged
     * once, until a reading goes through again (health is asked often, an outage lasts).
     */
    HealthCheckResponse unreadable(String check, RuntimeException failure) {
        if (failing.compareAndSet(false, true)) {
            LOG.warnf(failure, "Health check %s answers DOWN: the KPI job tables could not be read", check);
        } else {
            LOG.debugf("Health check %s: KPI job tables still not readable: %s", check, failure);
        }
        return HealthCheckResponse.named(check).down().withData("reason", UNREADABLE).build();
    }
}
