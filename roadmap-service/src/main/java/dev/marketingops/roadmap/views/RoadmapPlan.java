package dev.marketingops.roadmap.views;

import dev.marketingops.roadmap.items.RoadmapItem;
import dev.marketingops.roadmap.launches.Launch;
import dev.marketingops.roadmap.launches.LaunchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads what the timeline and conflict views read: a roadmap's items and launches joined with their items. */
@ApplicationScoped
public class RoadmapPlan {

    public List<RoadmapItem> items(UUID roadmapId) {
        return RoadmapItem.list("roadmapId = ?1 order by startDate, id", roadmapId);
    }

    /** All launches of the roadmap's items, cancelled ones included (the timeline shows them with their status). */
    public List<PlannedLaunch> launches(List<RoadmapItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Launch> launches = Launch.list("itemId in ?1 order by launchDate, id", items.stream().map(i -> i.id).toList());
        return join(launches, items);
    }

    /** Launches in any roadmap, not cancelled, dated between {@code from} and {@code to} inclusive. */
    public List<PlannedLaunch> openLaunchesBetween(LocalDate from, LocalDate to) {
        List<Launch> launches = Launch.list("launchDate between ?1 and ?2 and status <> ?3", from, to, LaunchStatus.CANCELLED);
        if (launches.isEmpty()) {
            return List.of();
        }
        List<RoadmapItem> items = RoadmapItem.list("id in ?1", launches.stream().map(l -> l.itemId).distinct().toList());
        return join(launches, items);
    }

    private static List<PlannedLaunch> join(List<Launch> launches, List<RoadmapItem> items) {
        Map<UUID, RoadmapItem> byId = items.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        return launches.stream().map(l -> {
            RoadmapItem item = byId.get(l.itemId);
            return new PlannedLaunch(l.id, l.itemId, item.roadmapId, l.name, l.launchDate, l.status.name(),
                    item.channels, item.audienceSegments);
        }).toList();
    }
}
