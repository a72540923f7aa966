package dev.marketingops.campaign.overview.app;

import dev.marketingops.campaign.calendar.app.CampaignCalendar;
import dev.marketingops.campaign.campaigns.app.CampaignFilter;
import dev.marketingops.campaign.campaigns.app.CampaignQueries;
import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.campaign.campaigns.domain.CampaignTransition;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a campaign page and the campaigns page read, each in one transaction (one snapshot, one connection). */
@ApplicationScoped
public class CampaignOverviewQueries {

    private final CampaignQueries campaigns;
    private final CampaignCalendar calendar;

    public CampaignOverviewQueries(CampaignQueries campaigns, CampaignCalendar calendar) {
        this.campaigns = campaigns;
        this.calendar = calendar;
    }

    /** One campaign with its history, oldest first; 404 when there is no such campaign. */
    @Transactional
    public OneCampaign campaign(UUID id) {
        Campaign campaign = campaigns.get(id);
        return new OneCampaign(campaign, CampaignTransition.historyOf(id));
    }

    /** A filtered page of campaigns, and the calendar of [from, to) for the same team (or all teams). */
    @Transactional
    public Listing listing(CampaignFilter filter, PageRequest page, Instant from, Instant to) {
        return new Listing(campaigns.list(filter, page), calendar.between(from, to, filter.team()));
    }

    /** A campaign and its recorded steps. */
    public record OneCampaign(Campaign campaign, List<CampaignTransition> history) {
    }

    /** The list page and the calendar's campaigns (in start order), before the REST layer shapes them. */
    public record Listing(Page<Campaign> campaigns, List<Campaign> calendar) {
    }
}
