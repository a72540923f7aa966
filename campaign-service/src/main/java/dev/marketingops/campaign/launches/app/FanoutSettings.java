package dev.marketingops.campaign.launches.app;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How launch drafts are planned: they start {@code lead} before the launch day and run for {@code runLength}. */
@ConfigMapping(prefix = "marketingops.campaign.launches")
public interface FanoutSettings {

    Duration lead();

    Duration runLength();

    /** Zone whose midnight the launch day starts at. */
    String timeZone();

    /** Currency of drafts whose launch has no budget hint. */
    String defaultCurrency();
}
