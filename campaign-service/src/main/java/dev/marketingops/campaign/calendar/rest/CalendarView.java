package dev.marketingops.campaign.calendar.rest;

import dev.marketingops.campaign.campaigns.domain.Campaign;
import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What runs when between {@code from} and {@code to}, one lane per channel that has anything in the window. */
public record CalendarView(Instant from, Instant to, List<Lane> channels) {

    /** One channel's campaigns in the window, by start. */
    public record Lane(Channel channel, List<Entry> campaigns) {
    }

    /** A campaign on a lane. */
    public record Entry(UUID campaignId, String name, CampaignStatus status, UUID launchId, String ownerTeam,
                        Instant start, Instant end, String timeZone) {
    }

    /** Lays {@code campaigns} (in start order) out per channel, in the channel vocabulary's order. */
    public static CalendarView of(Instant from, Instant to, List<Campaign> campaigns) {
        Map<Channel, List<Entry>> lanes = new EnumMap<>(Channel.class);
        for (Campaign c : campaigns) {
            Entry entry = new Entry(c.id, c.name, c.status, c.launchId, c.ownerTeam, c.startsAt, c.endsAt, c.timeZone);
            for (Channel channel : c.channels) {
                lanes.computeIfAbsent(channel, k -> new ArrayList<>()).add(entry);
            }
        }
        return new CalendarView(from, to, lanes.entrySet().stream().map(e -> new Lane(e.getKey(), e.getValue())).toList());
    }
}
