package dev.marketingops.feedback.insights.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** When negative sentiment about a subject counts as a spike (see SubjectInsights). */
@ConfigMapping(prefix = "feedback.sentiment-alert")
public interface AlertConfig {

    /** An alert fires when the negative share in the window rises above this (0..1). */
    @WithDefault("0.5")
    BigDecimal threshold();

    /** The spike is over, and a new alert may fire, only once the share falls below this (hysteresis). */
    @WithDefault("0.35")
    BigDecimal clearBelow();

    /** The sliding window of submission times, ending now. */
    @WithDefault("PT24H")
    Duration window();

    /** Fewer texts than this in the window are too few to call a spike. */
    @WithDefault("10")
    int minSamples();
}
