package dev.marketingops.roadmap.views.domain;

import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.domain.TrackedObjective;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import java.util.List;

/**
 * What a roadmap page shows: the products to choose from, the chosen product's roadmaps, and for the chosen roadmap
 * its items, launches, conflicts and the objectives of all its items.
 *
 * @param product the chosen product, or null when there is none
 * @param roadmap the chosen roadmap, or null when the product has none; the lists after it are empty then
 */
public record RoadmapPage(List<Product> products, Product product, List<Roadmap> roadmaps, Roadmap roadmap,
                          List<RoadmapItem> items, List<PlannedLaunch> launches, List<Conflict> conflicts,
                          List<TrackedObjective> objectives) {
}
