package dev.marketingops.roadmap.views.domain;

import dev.marketingops.contracts.common.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A launch with what the views need from its item: channels and audience. */
public record PlannedLaunch(UUID id, UUID itemId, UUID roadmapId, String name, LocalDate launchDate, String status,
                            List<Channel> channels, List<String> audienceSegments) {
}
