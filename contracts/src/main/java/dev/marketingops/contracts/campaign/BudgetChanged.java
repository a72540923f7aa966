package dev.marketingops.contracts.campaign;

import dev.marketingops.contracts.common.Money;
import java.time.Instant;
import java.util.UUID;

/** A campaign's budget changed; metrics re-evaluates budget thresholds. */
public record BudgetChanged(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt,
        Money previous,
        Money current) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.BudgetChanged.v1";
}
