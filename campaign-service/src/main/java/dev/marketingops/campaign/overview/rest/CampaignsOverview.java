package dev.marketingops.campaign.overview.rest;

import dev.marketingops.campaign.calendar.rest.CalendarView;
import dev.marketingops.campaign.campaigns.rest.CampaignView;
import dev.marketingops.campaign.overview.app.CampaignOverviewQueries.Listing;
import dev.marketingops.plumbing.rest.Page;
import java.time.Instant;

/** The campaigns page's whole read: one page of the filtered list and the calendar of a window. */
public record CampaignsOverview(Page<CampaignView> campaigns, CalendarView calendar) {

    public static CampaignsOverview of(Listing read, Instant from, Instant to) {
        return new CampaignsOverview(read.campaigns().map(CampaignView::of), CalendarView.of(from, to, read.calendar()));
    }
}
