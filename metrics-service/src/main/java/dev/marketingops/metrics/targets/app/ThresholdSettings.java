package dev.marketingops.metrics.targets.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The threshold watch's knobs ({@code marketingops.metrics.targets.*}). */
@ConfigMapping(prefix = "marketingops.metrics.targets")
public interface ThresholdSettings {

    /** How often changed scopes are measured against their lines (a Quarkus scheduler period such as 5s, or off). */
    @WithDefault("5s")
    String thresholdInterval();

    /** Share of a line the value must fall back past before the line can be crossed again. */
    @WithDefault("0.05")
    BigDecimal hysteresis();

    /** Share of a campaign's budget at which BUDGET_WARNING is emitted. */
    @WithDefault("0.8")
    BigDecimal budgetWarningShare();
}
