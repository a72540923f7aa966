package dev.marketingops.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/** A campaign finished; this state is final. */
public record CampaignCompleted(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignCompleted.v1";
}
