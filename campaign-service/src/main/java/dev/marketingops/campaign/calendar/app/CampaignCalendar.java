package dev.marketingops.campaign.calendar.app;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.contracts.campaign.CampaignStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The campaigns that overlap a window, by start; cancelled ones are not on the calendar. */
@ApplicationScoped
public class CampaignCalendar {

    public List<Campaign> between(Instant from, Instant to, String team) {
        String query = "startsAt < ?1 and endsAt > ?2 and status <> ?3" + (team == null ? "" : " and ownerTeam = ?4")
                + " order by startsAt, id";
        return team == null
                ? Campaign.list(query, to, from, CampaignStatus.CANCELLED)
                : Campaign.list(query, to, from, CampaignStatus.CANCELLED, team);
    }
}
