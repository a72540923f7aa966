package dev.marketingops.campaign.calendar;

import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.contracts.common.Channel;
import java.time.Instant;
import java.util.List;
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
}
