package dev.marketingops.roadmap.views;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.items.rest.ItemView;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.ItemObjectives;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.products.rest.ProductView;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import dev.marketingops.roadmap.roadmaps.rest.RoadmapView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads a {@link RoadmapOverview} with a fixed number of queries, however many items and objectives there are. */
@ApplicationScoped
public class RoadmapOverviewQuery {

    /** Products offered to choose from; a company has a few dozen. */
    public static final int PRODUCT_LIMIT = 200;

    private final RoadmapPlan plan;
    private final ItemObjectives objectives;

    public RoadmapOverviewQuery(RoadmapPlan plan, ItemObjectives objectives) {
        this.plan = plan;
        this.objectives = objectives;
    }

    /**
     * {@code productId} null: the first product by name. {@code roadmapId} null or of another product: the product's
     * roadmap with the latest fiscal year. An unknown id of either is a 404.
     */
    public RoadmapOverview of(UUID productId, UUID roadmapId, int windowDays) {
        Roadmap asked = roadmapId == null ? null : Existing.orNotFound(Roadmap.<Roadmap>findById(roadmapId), "Roadmap", roadmapId);
        List<Product> products = Product.<Product>findAll(Sort.by("name").and("id")).page(0, PRODUCT_LIMIT).list();
        Product product = productId != null ? Existing.orNotFound(Product.<Product>findById(productId), "Product", productId)
                : asked != null && asked.productId != null ? Product.<Product>findById(asked.productId)
                : products.isEmpty() ? null : products.get(0);
        List<Roadmap> roadmaps = product == null ? List.of()
                : Roadmap.<Roadmap>list("productId", Sort.by("fiscalYear", Sort.Direction.Descending).and("name").and("id"), product.id);
        Roadmap chosen = asked != null && roadmaps.stream().anyMatch(r -> r.id.equals(asked.id)) ? asked
                : roadmaps.isEmpty() ? null : roadmaps.get(0);
        List<ProductView> productViews = products.stream().map(ProductView::summary).toList();
        List<RoadmapView> roadmapViews = roadmaps.stream().map(RoadmapView::of).toList();
        ProductView productView = product == null ? null : ProductView.summary(product);
        if (chosen == null) {
            return new RoadmapOverview(productViews, productView, roadmapViews, null, List.of(), List.of(), windowDays,
                    List.of(), List.of());
        }
        List<RoadmapItem> items = plan.items(chosen.id);
        List<PlannedLaunch> launches = plan.launches(items);
        return new RoadmapOverview(productViews, productView, roadmapViews, RoadmapView.of(chosen),
                items.stream().map(ItemView::of).toList(),
                launches.stream().map(l -> new Timeline.LaunchEntry(l.id(), l.itemId(), l.name(), l.launchDate(), l.status())).toList(),
                windowDays, plan.conflicts(launches, windowDays), objectives.of(items.stream().map(i -> i.id).toList()));
    }
}
