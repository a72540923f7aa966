package dev.marketingops.roadmap.launches.rest;

import dev.marketingops.contracts.campaign.CampaignStatus;
import dev.marketingops.roadmap.launches.domain.Launch;
import dev.marketingops.roadmap.launches.domain.LaunchCampaign;
import dev.marketingops.roadmap.launches.domain.LaunchStatus;
import dev.marketingops.roadmap.launches.domain.LaunchWithCampaigns;
import dev.marketingops.roadmap.roadmaps.rest.MoneyAmount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A launch as the API shows it, with the actions it accepts now and (on single reads) its campaigns. */
@Schema(example = "{\"id\": \"9b2e7c1a-4f0d-4c59-8a55-6d9f2f3e1b20\", "
        + "\"itemId\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", \"name\": \"Acme v2 launch\", "
        + "\"status\": \"SCHEDULED\", \"launchDate\": \"2026-04-15\", \"tier\": 1, \"markets\": [\"DE\", "
        + "\"US\"], \"budgetHint\": {\"amount\": 50000.00, \"currency\": \"EUR\"}, "
        + "\"allowedActions\": [\"reschedule\", \"launch\", \"cancel\"], "
        + "\"campaigns\": [{\"campaignId\": \"5f1a8e44-1c7b-4b8e-a1f2-0c3d4e5f6a7b\", "
        + "\"name\": \"Acme v2 launch - EMAIL\", \"status\": \"ACTIVE\", "
        + "\"updatedAt\": \"2026-04-15T08:00:00Z\"}], \"version\": 2}")
public record LaunchView(UUID id, UUID itemId, String name, LaunchStatus status, LocalDate launchDate, int tier,
                         List<String> markets, MoneyAmount budgetHint, String cancelReason, Instant completedAt,
                         List<String> allowedActions, List<CampaignEntry> campaigns, long version) {

    /** A campaign created for the launch, as campaign-service last reported it. */
    public record CampaignEntry(UUID campaignId, String name, CampaignStatus status, Instant updatedAt) {
    }

    static LaunchView of(LaunchWithCampaigns read) {
        Launch l = read.launch();
        List<LaunchCampaign> campaigns = read.campaigns();
        return new LaunchView(l.id, l.itemId, l.name, l.status, l.launchDate, l.tier, l.markets,
                MoneyAmount.of(l.budgetHintAmount, l.budgetHintCurrency), l.cancelReason, l.completedAt,
                l.status.actions().stream().map(LaunchStatus.LaunchAction::path).toList(),
                campaigns == null ? null : campaigns.stream()
                        .map(c -> new CampaignEntry(c.campaignId, c.name, c.status, c.updatedAt)).toList(),
                l.version);
    }

    static LaunchView summary(Launch l) {
        return of(new LaunchWithCampaigns(l, null));
    }
}
