package dev.marketingops.metrics.kpis.app;

import dev.marketingops.metrics.kpis.domain.SnapshotWindow;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The snapshot job's knobs, and how often the KPI jobs' parked scopes are read ({@code marketingops.metrics.kpis.*}). */
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

    /** How often each replica reads both KPI jobs' parked scopes for the gauge (a scheduler period such as 30s, or off). */
    @WithDefault("30s")
    String parkedRefresh();
}
