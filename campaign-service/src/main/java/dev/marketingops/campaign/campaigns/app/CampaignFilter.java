package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import java.util.UUID;

/** What a campaign list is narrowed to; every criterion is optional. */
public record CampaignFilter(CampaignStatus status, UUID launchId, UUID productId, Channel channel, String team) {
}
