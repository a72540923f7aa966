package dev.marketingops.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * A campaign was paused.
 *
 * @param reason    why, e.g. {@code budget exhausted: spent 1000.00 EUR of 1000.00 EUR}
 * @param automatic true when the budget guard paused it, false when a person did
 */
public record CampaignPaused(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt,
        String reason,
        boolean automatic) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignPaused.v1";
}
