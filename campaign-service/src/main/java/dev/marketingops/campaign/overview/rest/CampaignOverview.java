package dev.marketingops.campaign.overview.rest;

import dev.marketingops.campaign.campaigns.rest.CampaignView;
import dev.marketingops.campaign.campaigns.rest.TransitionView;
import dev.marketingops.campaign.overview.app.CampaignOverviewQueries.OneCampaign;
import java.util.List;

/** A campaign page's whole read: the campaign (with the steps it allows now) and its history, oldest first. */
public record CampaignOverview(CampaignView campaign, List<TransitionView> history) {

    public static CampaignOverview of(OneCampaign read) {
        return new CampaignOverview(CampaignView.of(read.campaign()),
                read.history().stream().map(TransitionView::of).toList());
    }
}
