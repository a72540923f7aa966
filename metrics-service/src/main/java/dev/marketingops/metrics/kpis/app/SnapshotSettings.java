package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.SnapshotWindow;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The snapshot job's knobs, and how both KPI jobs' parked scopes and stalls are watched ({@code marketingops.metrics.kpis.*}). */
@ConfigMapping(prefix = "marketingops.metrics.kpis")
public interface SnapshotSettings {

    /** How often changed scopes get a KpiSnapshot (a Quarkus scheduler period such as 1m, or off). */
    @WithDefault("1m")
    String snapshotInterval();

    /** How long after start the first round runs (the scheduler's {@code delayed}); test stacks set it short. */
    @WithDefault("30s")
    String snapshotDelay();

    /** to-date (totals since the first counted hour) or a rolling window of whole hours such as PT24H. */
    @WithDefault("to-date")
    SnapshotWindow snapshotWindow();

    /**
     * How often each replica reads both KPI jobs' parked scopes and progress for the gauges (a scheduler period such as
     * 30s, or off).
     */
    @WithDefault("30s")
    String parkedRefresh();

    /**
     * A KPI job whose marks have waited this long with no chunk of its work finished is stalled (health group kpi-jobs,
     * gauge marketingops_kpi_job_stalled); a job's limit is three of its periods when that is longer.
     */
    @WithDefault("PT2M")
    Duration stallAfter();
}
