package dev.marketingops.campaign.campaigns.rest;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignAction;
import dev.marketingops.contracts.campaign.CampaignSchedule;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A campaign as the API shows it, with the lifecycle steps it allows right now. */
public record CampaignView(UUID id, String name, UUID productId, UUID launchId, UUID parentId, String objective,
                           List<Channel> channels, String audienceSegment, Money budget, Money spent,
                           CampaignSchedule schedule, String ownerTeam, CampaignStatus status, boolean budgetGuard,
                           List<String> allowedActions, long version, Instant createdAt, Instant updatedAt) {

    public static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.name, c.productId, c.launchId, c.parentId, c.objective, c.channelList(),
                c.audienceSegment, c.budget(), c.spent(), c.schedule(), c.ownerTeam, c.status, c.budgetGuard,
                CampaignAction.allowedFrom(c.status), c.version, c.createdAt, c.updatedAt);
    }
}
