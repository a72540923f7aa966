package dev.marketingops.campaign.calendar;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Lays the campaigns that overlap a window out per channel; cancelled ones are not on the calendar. */
@ApplicationScoped
public class CampaignCalendar {

    public CalendarView between(Instant from, Instant to, String team) {
        String query = "startsAt < ?1 and endsAt > ?2 and status <> ?3" + (team == null ? "" : " and ownerTeam = ?4")
                + " order by startsAt, id";
        List<Campaign> campaigns = team == null
                ? Campaign.list(query, to, from, CampaignStatus.CANCELLED)
                : Campaign.list(query, to, from, CampaignStatus.CANCELLED, team);
        Map<Channel, List<CalendarView.Entry>> lanes = new EnumMap<>(Channel.class);
        for (Campaign c : campaigns) {
            CalendarView.Entry entry = new CalendarView.Entry(c.id, c.name, c.status, c.launchId, c.ownerTeam,
                    c.startsAt, c.endsAt, c.timeZone);
            for (Channel channel : c.channels) {
                lanes.computeIfAbsent(channel, k -> new ArrayList<>()).add(entry);
            }
        }
        List<CalendarView.Lane> view = lanes.entrySet().stream()
                .map(e -> new CalendarView.Lane(e.getKey(), e.getValue())).toList();
        return new CalendarView(from, to, view);
    }
}
