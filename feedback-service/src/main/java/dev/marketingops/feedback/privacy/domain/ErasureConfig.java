package dev.marketingops.feedback.privacy.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Which services an erasure must reach, and when a request still pending is overdue (see the module README). */
@ConfigMapping(prefix = "marketingops.feedback.privacy.erasure")
public interface ErasureConfig {

    /**
     * Services that answer a CustomerErasureRequested with a CustomerErasureCompleted, by the name they give in it;
     * each request waits for all of them (feedback itself is done at once).
     */
    @WithDefault("metrics")
    List<String> expectedServices();

    /** A request with a service still pending after this is counted as overdue (gauge, for alerting). */
    @WithDefault("PT24H")
    Duration overdueAfter();

    /**
     * How long a completion that arrived before its request is kept for it: longer than privacy.erasure (7 days) and
     * its DLQ (14 days) keep a request, so a late or replayed request still finds it.
     */
    @WithDefault("P30D")
    Duration earlyCompletionRetention();

    /** How often the pending and overdue gauges are recounted; read by {@code @Scheduled}, declared here once. */
    @WithDefault("PT1M")
    Duration backlogInterval();
}
