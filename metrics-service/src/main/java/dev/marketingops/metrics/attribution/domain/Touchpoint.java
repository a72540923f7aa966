package dev.marketingops.metrics.attribution.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** A customer's contact with a campaign on a channel (impression, click, engagement, signup) at an event time. */
public record Touchpoint(UUID campaignId, String channel, Instant at) {

    /** Event time first; equal times in a fixed order (campaign, channel), so first and last touch are repeatable. */
    public static final Comparator<Touchpoint> ORDER = Comparator.comparing(Touchpoint::at)
            .thenComparing(Touchpoint::campaignId).thenComparing(Touchpoint::channel);
}
