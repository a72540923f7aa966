package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import dev.marketingops.metrics.kpis.domain.KpiChanges.Parked;
import dev.marketingops.metrics.kpis.domain.KpiJobProgress.Reading;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Health group kpi-jobs, check kpi-parked-scopes: DOWN while a KPI scope is parked, naming them; never readiness. */
@HealthGroup("kpi-jobs")
@ApplicationScoped
public class ParkedScopes implements HealthCheck {

    static final String NAME = "kpi-parked-scopes";
    /** Parked scopes the health answer names at most; the counts cover all. */
    static final int NAMED = 10;

    private final KpiJobReadings readings;
    private final KpiChanges changes;

    public ParkedScopes(KpiJobReadings readings, KpiChanges changes) {
        this.readings = readings;
        this.changes = changes;
    }

    /** The service serves and the jobs go on with scopes parked, so this is for dashboards and alerts, not probes. */
    @Override
    public HealthCheckResponse call() {
        try {
            List<Reading> read = readings.refresh();
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
            for (Reading r : read) {
                response.withData(r.job().name(), r.parked() + " scope(s) parked");
            }
            if (read.stream().anyMatch(r -> r.parked() > 0)) {
                response.down();
                for (Parked p : QuarkusTransaction.requiringNew().call(() -> changes.firstParked(NAMED))) {
                    response.withData(p.job() + " " + p.mark().scope().scope() + " " + p.mark().scope().id(),
                            "failed " + p.failures() + " time(s), retried after " + p.retryAfter());
                }
            }
            return response.build();
        } catch (RuntimeException e) {
            return readings.unreadable(NAME, e);
        }
    }
}
