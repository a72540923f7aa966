package dev.marketingops.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/** A campaign started running. */
public record CampaignActivated(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignActivated.v1";
}
