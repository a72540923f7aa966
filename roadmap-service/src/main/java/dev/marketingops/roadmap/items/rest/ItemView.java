package dev.marketingops.roadmap.items.rest;

import dev.marketingops.contracts.common.Channel;
import dev.marketingops.roadmap.items.domain.ItemStatus;
import dev.marketingops.roadmap.items.domain.ItemType;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A roadmap item as the API shows it. */
@Schema(example = "{\"id\": \"1d7c2a43-55a8-4e53-9a53-3b8f8d1f8f10\", "
        + "\"roadmapId\": \"3c9f0b7e-2a41-4e8b-9d55-7f1e2a3b4c5d\", "
        + "\"productId\": \"6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11\", \"type\": \"LAUNCH\", "
        + "\"title\": \"Launch v2\", \"ownerTeam\": \"growth\", \"startDate\": \"2026-03-01\", "
        + "\"endDate\": \"2026-06-30\", \"status\": \"PLANNED\", \"channels\": [\"EMAIL\", \"SOCIAL\"], "
        + "\"audienceSegments\": [\"smb-eu\"], \"dependsOn\": [], \"version\": 0}")
public record ItemView(UUID id, UUID roadmapId, UUID productId, ItemType type, String title, String description,
                       String ownerTeam, LocalDate startDate, LocalDate endDate, ItemStatus status,
                       List<Channel> channels, List<String> audienceSegments, List<UUID> dependsOn, long version) {

    public static ItemView of(RoadmapItem i) {
        return new ItemView(i.id, i.roadmapId, i.productId, i.type, i.title, i.description, i.ownerTeam, i.startDate,
                i.endDate, i.status, i.channels, i.audienceSegments, i.dependsOn, i.version);
    }
}
