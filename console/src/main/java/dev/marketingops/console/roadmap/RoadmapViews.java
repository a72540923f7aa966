package dev.marketingops.console.roadmap;

import dev.marketingops.contracts.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What roadmap-service answers, as far as the console shows it. */
public final class RoadmapViews {

    private RoadmapViews() {
    }

    public record Product(UUID id, String name, String ownerTeam, String stage, LocalDate stageChangedOn) {
    }

    public record Roadmap(UUID id, String name, UUID productId, int fiscalYear, Money growthTarget, String ownerTeam) {
    }

    public record Item(UUID id, UUID roadmapId, String type, String title, String ownerTeam, LocalDate startDate,
                       LocalDate endDate, String status, List<String> channels, List<String> audienceSegments,
                       List<UUID> dependsOn) {
    }

    public record Progress(BigDecimal actual, Instant actualAt, BigDecimal percent, String status) {

        /** The progress bar's fill: the percent within 0…100, as a bar cannot show more than full. */
        public String bar() {
            BigDecimal fill = percent == null ? BigDecimal.ZERO : percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
            return fill.stripTrailingZeros().toPlainString();
        }
    }

    public record Objective(UUID id, UUID itemId, String kpiKey, String direction, BigDecimal baseline,
                            BigDecimal target, LocalDate dueDate, Progress progress) {
    }

    public record LaunchCampaign(UUID campaignId, String name, String status, Instant updatedAt) {
    }

    public record Launch(UUID id, UUID itemId, String name, String status, LocalDate launchDate, int tier,
                         Money budgetHint, String cancelReason, List<String> allowedActions,
                         List<LaunchCampaign> campaigns, long version) {
    }

    public record TimelineLaunch(UUID id, UUID itemId, String name, LocalDate launchDate, String status) {
    }

    public record LaunchRef(UUID id, UUID itemId, UUID roadmapId, String name, LocalDate launchDate) {
    }

    public record Conflict(LaunchRef first, LaunchRef second, long daysApart, List<String> sharedChannels,
                           List<String> sharedAudienceSegments) {
    }

    /** roadmap-service's roadmap overview: everything the roadmap page shows, in one answer. */
    public record Overview(List<Product> products, Product product, List<Roadmap> roadmaps, Roadmap roadmap,
                           List<Item> items, List<TimelineLaunch> launches, List<Conflict> conflicts,
                           List<Objective> objectives) {
    }

    public record Reschedule(LocalDate launchDate, String reason) {
    }

    public record Cancel(String reason) {
    }
}
