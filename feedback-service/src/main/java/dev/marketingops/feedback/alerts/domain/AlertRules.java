package dev.marketingops.feedback.alerts.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** When an NPS drop or a fast-growing theme is worth an alert. */
@ConfigMapping(prefix = "feedback.alerts")
public interface AlertRules {

    NpsDrop npsDrop();

    ThemeGrowth themeGrowth();

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
