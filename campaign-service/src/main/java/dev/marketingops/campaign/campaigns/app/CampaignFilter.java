package dev.marketingops.campaign.campaigns.app;

import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import java.util.List;
import java.util.UUID;

/** What a campaign list is narrowed to; every criterion is optional ({@code ids}: null for any campaign). */
public record CampaignFilter(CampaignStatus status, UUID launchId, UUID productId, Channel channel, String team,
                             List<UUID> ids) {

    public CampaignFilter(CampaignStatus status, UUID launchId, UUID productId, Channel channel, String team) {
        this(status, launchId, productId, channel, team, null);
    }
}
