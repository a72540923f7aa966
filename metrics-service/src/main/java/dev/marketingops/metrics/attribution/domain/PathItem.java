package dev.marketingops.metrics.attribution.domain;

import java.util.Locale;

/** What the data-driven model's Markov states are made of: channels (default) or campaigns. */
public enum PathItem {
    CHANNEL, CAMPAIGN;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String of(Touchpoint t) {
        return this == CHANNEL ? t.channel() : t.campaignId().toString();
    }
}
