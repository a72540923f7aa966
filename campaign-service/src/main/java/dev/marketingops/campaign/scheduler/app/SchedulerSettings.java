package dev.marketingops.campaign.scheduler.app;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How often due campaigns are stepped, and how many per transaction ({@code marketingops.campaign.scheduler.*}). */
@ConfigMapping(prefix = "marketingops.campaign.scheduler")
public interface SchedulerSettings {

    /** Tick interval; read by {@code @Scheduled} through its expression, listed here so the key is declared once. */
    Duration every();

    /** Campaigns locked and stepped per transaction. */
    int batchSize();
}
