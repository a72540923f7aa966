package dev.marketingops.metrics.journeys.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Customer journeys (touchpoints) for attribution and the people funnel: pseudonym key, retention, partitions. */
@ConfigMapping(prefix = "marketingops.metrics.journeys")
public interface JourneysConfig {

    /** HMAC-SHA256 key that turns a customer reference into its stored pseudonym (a Secret in Kubernetes; ≥ 16 chars). */
    String pseudonymKey();

    /** Touchpoints older than this are not stored, and weekly partitions wholly older are dropped. */
    @WithDefault("P180D")
    Duration retention();

    /** Weekly partitions are created this far ahead of now; touchpoints dated later are not kept. */
    @WithDefault("P56D")
    Duration partitionsAhead();

    /** How often partitions are created ahead and old ones dropped (also once at start, before the activity stream). */
    @WithDefault("1h")
    String maintenanceInterval();
}
