package dev.marketingops.contracts.campaign;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.contracts.common.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A campaign was created, by a planner or by launch fan-out.
 *
 * @param objective        what the campaign is for, in words
 * @param parentCampaignId umbrella campaign, or null
 */
public record CampaignCreated(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt,
        String name,
        String objective,
        List<Channel> channels,
        String audienceSegment,
        Money budget,
        CampaignSchedule schedule,
        CampaignStatus status,
        UUID parentCampaignId) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.CampaignCreated.v1";

    public CampaignCreated {
        // Immutable, never-null list: readers should not have to null-check collections.
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
