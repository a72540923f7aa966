package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Parked;
import dev.marketingops.metrics.kpis.domain.KpiChanges.ParkedReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * Parked KPI scopes in health group {@code kpi-jobs} (DOWN while any is parked, naming them) and in the gauge
 * {@code marketingops_kpi_scopes_parked{job}}; never readiness: the service serves and the jobs go on without them.
 */
@HealthGroup("kpi-jobs")
@ApplicationScoped
public class ParkedScopes implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ParkedScopes.class);
    /** Parked scopes the health answer names at most; the counts cover all. */
    static final int NAMED = 10;

    private final KpiChanges changes;
    private final Map<Job, AtomicLong> counts = new EnumMap<>(Job.class);

    public ParkedScopes(KpiChanges changes, MeterRegistry registry) {
        this.changes = changes;
        for (Job job : Job.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(job, count);
            Gauge.builder("marketingops.kpi.scopes.parked", count, AtomicLong::get).tag("job", job.name())
                    .description("Scopes the KPI job has parked: their work failed on their own; each is retried alone later")
                    .register(registry);
        }
    }

    @Override
    public HealthCheckResponse call() {
        ParkedReport report = refresh();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kpi-parked-scopes").status(report.perJob().isEmpty());
        for (Job job : Job.values()) {
            response.withData(job.name(), report.perJob().getOrDefault(job, 0L) + " scope(s) parked");
        }
        for (Parked p : report.first()) {
            response.withData(p.job() + " " + p.mark().scope().scope() + " " + p.mark().scope().id(),
                    "failed " + p.failures() + " time(s), retried after " + p.retryAfter());
        }
        return response.build();
    }

    /** Every replica reads the table itself, so the gauge is the same on each, whichever replica runs the jobs. */
    @Scheduled(every = "${marketingops.metrics.kpis.parked-refresh:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database's own health check reports an outage; the gauge keeps its last reading.
            LOG.debugf("Parked KPI scopes not read: %s", e);
        }
    }

    /** Reads the parked marks of every job and updates the gauges. */
    public ParkedReport refresh() {
        ParkedReport report = QuarkusTransaction.requiringNew().call(() -> changes.parked(NAMED));
        counts.forEach((job, count) -> count.set(report.perJob().getOrDefault(job, 0L)));
        return report;
    }
}
