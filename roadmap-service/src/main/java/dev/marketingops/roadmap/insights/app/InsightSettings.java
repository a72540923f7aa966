package dev.marketingops.roadmap.insights.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long item insights remember ended feedback ({@code marketingops.roadmap.insights.*}). */
@ConfigMapping(prefix = "marketingops.roadmap.insights")
public interface InsightSettings {

    /** Longer than any event can be late (a consumer's lag on feedback.insights; the topic keeps 7 days): 30 days. */
    @WithDefault("P30D")
    Duration tombstoneRetention();
}
