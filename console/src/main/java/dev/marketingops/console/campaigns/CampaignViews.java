package dev.marketingops.console.campaigns;

import dev.marketingops.console.web.ServicePage;
import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What campaign-service answers, as far as the console shows it. */
public final class CampaignViews {

    private CampaignViews() {
    }

    public record Schedule(Instant start, Instant end, String timeZone) {
    }

    public record Campaign(UUID id, String name, UUID productId, UUID launchId, String objective, List<String> channels,
                           String audienceSegment, Money budget, Money spent, Schedule schedule, String ownerTeam,
                           String status, boolean budgetGuard, List<String> allowedActions, long version,
                           Instant updatedAt) {

        /** Spend as a share of the budget in percent, or null without a budget. */
        public BigDecimal spentPercent() {
            if (budget == null || budget.amount() == null || budget.amount().signum() == 0 || spent == null) {
                return null;
            }
            return spent.amount().multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1, RoundingMode.HALF_UP);
        }

        /** The budget guard warns at 80 % of the budget and pauses at 100 %. */
        public boolean budgetWarning() {
            BigDecimal share = spentPercent();
            return share != null && share.compareTo(BigDecimal.valueOf(80)) >= 0;
        }

        public boolean budgetExhausted() {
            BigDecimal share = spentPercent();
            return share != null && share.compareTo(BigDecimal.valueOf(100)) >= 0;
        }
    }

    public record Transition(String action, String from, String to, String actor, String reason, Instant at) {
    }

    public record CalendarEntry(UUID campaignId, String name, String status, UUID launchId, String ownerTeam,
                                Instant start, Instant end) {
    }

    public record Lane(String channel, List<CalendarEntry> campaigns) {
    }

    public record Calendar(Instant from, Instant to, List<Lane> channels) {
    }

    /** {@code GET /api/v1/campaign-overview}: the list page and the month's calendar. */
    public record CampaignsOverview(ServicePage<Campaign> campaigns, Calendar calendar) {
    }

    /** {@code GET /api/v1/campaign-overview/{id}}: the campaign and its history, oldest first. */
    public record CampaignOverview(Campaign campaign, List<Transition> history) {
    }
}
