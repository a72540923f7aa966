package dev.marketingops.roadmap.views.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.launches.domain.Launch;
import dev.marketingops.roadmap.launches.domain.LaunchStatus;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import dev.marketingops.roadmap.views.domain.Conflict;
import dev.marketingops.roadmap.views.domain.PlannedLaunch;
import dev.marketingops.roadmap.views.domain.PlannedRoadmap;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads what the timeline and conflict views read: a roadmap's items and launches joined with their items. */
@ApplicationScoped
public class RoadmapPlan {

    /** What the timeline lays out; 404 for an unknown roadmap. */
    public PlannedRoadmap of(UUID roadmapId) {
        Existing.orNotFound(Roadmap.findById(roadmapId), "Roadmap", roadmapId);
        List<RoadmapItem> items = items(roadmapId);
        return new PlannedRoadmap(items, launches(items));
    }

    /** The roadmap's conflicts, as {@link #conflicts} finds them; 404 for an unknown roadmap. */
    public List<Conflict> conflictsOf(UUID roadmapId, int windowDays) {
        Existing.orNotFound(Roadmap.findById(roadmapId), "Roadmap", roadmapId);
        return conflicts(launches(items(roadmapId)), windowDays);
    }

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

    /**
     * Conflicts of a roadmap's open launches (from {@code launches}, all of the roadmap's) with open launches on any
     * roadmap at most {@code windowDays} apart.
     */
    public List<Conflict> conflicts(List<PlannedLaunch> launches, int windowDays) {
        List<PlannedLaunch> ours = launches.stream().filter(l -> !"CANCELLED".equals(l.status())).toList();
        if (ours.isEmpty()) {
            return List.of();
        }
        LocalDate first = ours.stream().map(PlannedLaunch::launchDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = ours.stream().map(PlannedLaunch::launchDate).max(Comparator.naturalOrder()).orElseThrow();
        List<PlannedLaunch> candidates = openLaunchesBetween(first.minusDays(windowDays), last.plusDays(windowDays));
        return Conflict.among(ours, candidates, windowDays);
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
