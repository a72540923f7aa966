package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.KpiChanges.Job;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** Health group kpi-jobs, check kpi-job-progress: DOWN while a KPI job is stalled; never readiness, as ParkedScopes. */
@HealthGroup("kpi-jobs")
@ApplicationScoped
public class StalledJobsCheck implements HealthCheck {

    static final String NAME = "kpi-job-progress";

    private final KpiJobReadings readings;
    private final StalledJobs stalls;

    public StalledJobsCheck(KpiJobReadings readings, StalledJobs stalls) {
        this.readings = readings;
        this.stalls = stalls;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            readings.refresh();
        } catch (RuntimeException e) {
            return readings.unreadable(NAME, e);
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        for (Job job : Job.values()) {
            if (stalls.stalled(job)) {
                response.down();
            }
            response.withData(job.name(), stalls.describe(job));
        }
        return response.build();
    }
}
