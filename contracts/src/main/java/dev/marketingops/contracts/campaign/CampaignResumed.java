package dev.marketingops.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/** A paused campaign runs again. */
public record CampaignResumed(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignResumed.v1";
}
