package dev.marketingops.feedback.alerts.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** When feedback about a subject is worth an alert, and where alerts are delivered (module README, "Alerts"). */
@ConfigMapping(prefix = "marketingops.feedback.alerts")
public interface AlertConfig {

    SentimentSpike sentiment();

    NpsDrop npsDrop();

    ThemeGrowth themeGrowth();

    WebhookConfig webhooks();

    /** A spike of negative texts in a sliding window ending now; one alert per spike (hysteresis). */
    interface SentimentSpike {
        /** An alert fires when the negative share in the window rises above this (0..1). */
        @WithDefault("0.5")
        BigDecimal threshold();

        /** The spike is over, and a new alert may fire, only once the share falls below this. */
        @WithDefault("0.35")
        BigDecimal clearBelow();

        /** The sliding window of submission times, ending now. */
        @WithDefault("PT24H")
        Duration window();

        /** Fewer texts than this in the window are too few to call a spike. */
        @WithDefault("10")
        int minSamples();
    }

    /** An NPS falling more than {@code margin} points below its peak since the last drop alert. */
    interface NpsDrop {
        @WithDefault("10")
        BigDecimal margin();

        /** Fewer NPS answers than this are too few to call a drop. */
        @WithDefault("20")
        long minResponses();
    }

    /** A theme mentioned at least {@code factor} times as often in the window as in the window before. */
    interface ThemeGrowth {
        @WithDefault("PT24H")
        Duration window();

        @WithDefault("3")
        double factor();

        /** Mentions in the window below this are too few to call growth. */
        @WithDefault("5")
        long minMentions();

        /** Terms of one new text checked for growth, at most. */
        @WithDefault("10")
        int termsPerText();
    }
}
