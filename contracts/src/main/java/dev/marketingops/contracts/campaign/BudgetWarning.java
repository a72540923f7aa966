package dev.marketingops.contracts.campaign;

import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Spend passed the warning share of the budget (share = spent / budget, e.g. 0.8). */
public record BudgetWarning(
        UUID campaignId,
        UUID productId,
        UUID launchId,
        String ownerTeam,
        Instant occurredAt,
        Money spent,
        Money budget,
        BigDecimal share) implements CampaignEvent {

    public static final String TYPE = "dev.marketingops.campaign.BudgetWarning.v1";
}
