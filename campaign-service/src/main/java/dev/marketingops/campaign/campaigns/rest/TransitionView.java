package dev.marketingops.campaign.campaigns.rest;

import dev.marketingops.campaign.campaigns.domain.CampaignTransition;
import dev.marketingops.contracts.campaign.CampaignStatus;
import java.time.Instant;

/** One entry of a campaign's history: what happened, from which state to which, who did it, when and why. */
public record TransitionView(String action, CampaignStatus from, CampaignStatus to, String actor, String reason,
                             Instant at) {

    public static TransitionView of(CampaignTransition t) {
        return new TransitionView(t.action, t.fromStatus, t.toStatus, t.actor, t.reason, t.occurredAt);
    }
}
