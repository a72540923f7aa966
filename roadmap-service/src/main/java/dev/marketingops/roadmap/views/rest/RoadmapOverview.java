package dev.marketingops.roadmap.views.rest;

import dev.marketingops.roadmap.items.rest.ItemView;
import dev.marketingops.roadmap.objectives.rest.ObjectiveView;
import dev.marketingops.roadmap.products.rest.ProductView;
import dev.marketingops.roadmap.roadmaps.rest.RoadmapView;
import dev.marketingops.roadmap.views.domain.Conflict;
import dev.marketingops.roadmap.views.domain.RoadmapPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a roadmap page shows in one answer: the products to choose from, the chosen product's roadmaps, and for
 * the chosen roadmap its items, launches, conflicts and the objectives of all its items with their progress.
 *
 * @param product  the chosen product, or null when there is none
 * @param roadmap  the chosen roadmap, or null when the product has none; items to objectives are empty then
 */
@Schema(example = "{\"products\": [{\"id\": \"6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11\", \"name\": \"Acme Analytics\", "
        + "\"ownerTeam\": \"growth\", \"stage\": \"GROWTH\", \"stageChangedOn\": \"2026-06-01\", \"version\": 1}], "
        + "\"product\": {\"id\": \"6a0f3c9e-6a43-4a8e-9d4f-0d2b8f3c1a11\", \"name\": \"Acme Analytics\", "
        + "\"ownerTeam\": \"growth\", \"stage\": \"GROWTH\", \"stageChangedOn\": \"2026-06-01\", \"version\": 1}, "
        + "\"roadmaps\": [], \"roadmap\": null, \"items\": [], \"launches\": [], \"windowDays\": 7, "
        + "\"conflicts\": [], \"objectives\": []}")
public record RoadmapOverview(List<ProductView> products, ProductView product, List<RoadmapView> roadmaps,
                              RoadmapView roadmap, List<ItemView> items, List<Timeline.LaunchEntry> launches,
                              int windowDays, List<Conflict> conflicts, List<ObjectiveView> objectives) {

    static RoadmapOverview of(RoadmapPage page, int windowDays) {
        return new RoadmapOverview(page.products().stream().map(ProductView::summary).toList(),
                page.product() == null ? null : ProductView.summary(page.product()),
                page.roadmaps().stream().map(RoadmapView::of).toList(),
                page.roadmap() == null ? null : RoadmapView.of(page.roadmap()),
                page.items().stream().map(ItemView::of).toList(),
                page.launches().stream().map(l -> new Timeline.LaunchEntry(l.id(), l.itemId(), l.name(), l.launchDate(), l.status())).toList(),
                windowDays, page.conflicts(), page.objectives().stream().map(ObjectiveView::of).toList());
    }
}
