package dev.marketingops.roadmap.items.rest;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.roadmap.items.domain.ItemStatus;
import dev.marketingops.roadmap.items.domain.ItemType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the roadmap item endpoints. */
public final class ItemRequests {

    private ItemRequests() {
    }

    /** A new item, or the full new state of an existing one (type cannot change). */
    @Schema(example = "{\"type\": \"LAUNCH\", \"title\": \"Launch v2\", \"description\": \"Self-serve tier\", \"ownerTeam\": \"growth\", "
            + "\"startDate\": \"2026-03-01\", \"endDate\": \"2026-06-30\", \"channels\": [\"EMAIL\", \"SOCIAL\"], "
            + "\"audienceSegments\": [\"smb-eu\"], \"dependsOn\": []}")
    public record ItemBody(@NotNull ItemType type,
                           @NotBlank @Size(max = 200) String title,
                           @Size(max = 4000) String description,
                           @NotBlank @Size(max = 100) String ownerTeam,
                           @Schema(description = "From 1 January two years before the roadmap's fiscal year to 31 December two years after")
                           @NotNull LocalDate startDate,
                           @Schema(description = "Not before startDate; within the same years as startDate")
                           @NotNull LocalDate endDate,
                           @Size(max = 12) List<@NotNull Channel> channels,
                           @Size(max = 50) List<@NotBlank @Size(max = 200) String> audienceSegments,
                           @Size(max = 100) List<@NotNull UUID> dependsOn,
                           @Schema(description = "Product of the item; defaults to the roadmap's product, required on portfolio roadmaps")
                           UUID productId) {

        public List<Channel> channelList() {
            return channels == null ? List.of() : channels.stream().distinct().toList();
        }

        public List<String> segmentList() {
            return audienceSegments == null ? List.of() : audienceSegments.stream().distinct().toList();
        }

        public List<UUID> dependencyList() {
            return dependsOn == null ? List.of() : dependsOn.stream().distinct().toList();
        }
    }

    /** Moves an item to another status. */
    @Schema(example = "{\"status\": \"IN_PROGRESS\"}")
    public record StatusChange(@NotNull ItemStatus status) {
    }
}
