package dev.marketingops.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/** A campaign was cancelled, e.g. because its launch was; this state is final. */
public record CampaignCancelled(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt,
        String reason) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignCancelled.v1";
}
