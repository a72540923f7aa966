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

    private final StalledJobs stalls;

    public StalledJobsCheck(StalledJobs stalls) {
        this.stalls = stalls;
    }

    @Override
    public HealthCheckResponse call() {
        stalls.refresh();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kpi-job-progress").up();
        for (Job job : Job.values()) {
            if (stalls.stalled(job)) {
                response.down();
            }
            response.withData(job.name(), stalls.describe(job));
        }
        return response.build();
    }
}
