package dev.marketingops.roadmap.views.domain;

import dev.marketingops.roadmap.items.domain.RoadmapItem;
import java.util.List;

/** A roadmap's items by start date and the launches of those items (cancelled included), by launch date. */
public record PlannedRoadmap(List<RoadmapItem> items, List<PlannedLaunch> launches) {
}
