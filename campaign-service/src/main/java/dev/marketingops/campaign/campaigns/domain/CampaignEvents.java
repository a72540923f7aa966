package dev.marketingops.campaign.campaigns.domain;

import dev.marketingops.contracts.EventPayload;
import dev.marketingops.contracts.campaign.BudgetChanged;
import dev.marketingops.contracts.campaign.BudgetWarning;
import dev.marketingops.contracts.campaign.CampaignActivated;
import dev.marketingops.contracts.campaign.CampaignCancelled;
import dev.marketingops.contracts.campaign.CampaignCompleted;
import dev.marketingops.contracts.campaign.CampaignCreated;
import dev.marketingops.contracts.campaign.CampaignPaused;
import dev.marketingops.contracts.campaign.CampaignResumed;
import dev.marketingops.contracts.campaign.CampaignScheduled;
import dev.marketingops.contracts.common.Money;
import java.time.Instant;

/** Builds the contract events that announce a campaign's changes, from the campaign as it is after the change. */
final class CampaignEvents {

    private CampaignEvents() {
    }

    static CampaignCreated created(Campaign c, Instant at) {
        return new CampaignCreated(c.id, c.productId, c.launchId, c.ownerTeam, at, c.name, c.objective,
                c.channelList(), c.audienceSegment, c.budget(), c.schedule(), c.status, c.parentId);
    }

    static CampaignScheduled scheduled(Campaign c, Instant at) {
        return new CampaignScheduled(c.id, c.productId, c.launchId, c.ownerTeam, at, c.schedule());
    }

    /** The event for a lifecycle step; {@code reason} is what the person or automation said, already defaulted. */
    static EventPayload stepped(Campaign c, CampaignAction action, String reason, boolean automatic, Instant at) {
        return switch (action) {
            case SCHEDULE -> scheduled(c, at);
            case ACTIVATE -> new CampaignActivated(c.id, c.productId, c.launchId, c.ownerTeam, at);
            case PAUSE -> new CampaignPaused(c.id, c.productId, c.launchId, c.ownerTeam, at, reason, automatic);
            case RESUME -> new CampaignResumed(c.id, c.productId, c.launchId, c.ownerTeam, at);
            case COMPLETE -> new CampaignCompleted(c.id, c.productId, c.launchId, c.ownerTeam, at);
            case CANCEL -> new CampaignCancelled(c.id, c.productId, c.launchId, c.ownerTeam, at, reason);
        };
    }

    static BudgetChanged budgetChanged(Campaign c, Money previous, Instant at) {
        return new BudgetChanged(c.id, c.productId, c.launchId, c.ownerTeam, at, previous, c.budget());
    }

    static BudgetWarning budgetWarning(Campaign c, Instant at) {
        return new BudgetWarning(c.id, c.productId, c.launchId, c.ownerTeam, at, c.spent(), c.budget(), c.spentShare());
    }
}
