package dev.marketingops.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/** A campaign was scheduled (or its schedule changed, e.g. after a launch reschedule). */
public record CampaignScheduled(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt,
        CampaignSchedule schedule) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignScheduled.v1";
}
