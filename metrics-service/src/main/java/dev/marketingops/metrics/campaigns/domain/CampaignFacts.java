package dev.marketingops.metrics.campaigns.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What metrics knows of a campaign: its place under launch and product, status and budget (may be null). */
public record CampaignFacts(UUID campaignId, UUID launchId, UUID productId, String status, BigDecimal budgetAmount,
                            String budgetCurrency) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
