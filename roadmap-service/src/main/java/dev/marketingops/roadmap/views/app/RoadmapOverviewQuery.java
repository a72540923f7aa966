package dev.marketingops.roadmap.views.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.objectives.app.ObjectiveQueries;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import dev.marketingops.roadmap.views.domain.PlannedLaunch;
import dev.marketingops.roadmap.views.domain.PlannedRoadmap;
import dev.marketingops.roadmap.views.domain.RoadmapPage;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads a {@link RoadmapPage} with a fixed number of statements, however many items and objectives there are: the
 * products, the product's roadmaps, the items with their launches, the conflict candidates with their items and the
 * objectives with their readings (five; seven before items/launches and candidates/items were joined).
 */
@ApplicationScoped
public class RoadmapOverviewQuery {

    /** Products offered to choose from; a company has a few dozen. */
    public static final int PRODUCT_LIMIT = 200;

    private final RoadmapPlan plan;
    private final ObjectiveQueries objectives;

    public RoadmapOverviewQuery(RoadmapPlan plan, ObjectiveQueries objectives) {
        this.plan = plan;
        this.objectives = objectives;
    }

    /**
     * {@code productId} null: the first product by name. {@code roadmapId} null or of another product: the product's
     * roadmap with the latest fiscal year. An unknown id of either is a 404.
     */
    public RoadmapPage of(UUID productId, UUID roadmapId, int windowDays) {
        Roadmap asked = roadmapId == null ? null : Existing.orNotFound(Roadmap.<Roadmap>findById(roadmapId), "Roadmap", roadmapId);
        List<Product> products = Product.<Product>findAll(Sort.by("name").and("id")).page(0, PRODUCT_LIMIT).list();
        Product product = productId != null ? Existing.orNotFound(Product.<Product>findById(productId), "Product", productId)
                : asked != null && asked.productId != null ? Product.<Product>findById(asked.productId)
                : products.isEmpty() ? null : products.get(0);
        List<Roadmap> roadmaps = product == null ? List.of()
                : Roadmap.<Roadmap>list("productId", Sort.by("fiscalYear", Sort.Direction.Descending).and("name").and("id"), product.id);
        Roadmap chosen = asked != null && roadmaps.stream().anyMatch(r -> r.id.equals(asked.id)) ? asked
                : roadmaps.isEmpty() ? null : roadmaps.get(0);
        if (chosen == null) {
            return new RoadmapPage(products, product, roadmaps, null, List.of(), List.of(), List.of(), List.of());
        }
        PlannedRoadmap planned = plan.planned(chosen.id);
        List<RoadmapItem> items = planned.items();
        List<PlannedLaunch> launches = planned.launches();
        return new RoadmapPage(products, product, roadmaps, chosen, items, launches, plan.conflicts(launches, windowDays),
                objectives.ofItems(items.stream().map(i -> i.id).toList()));
    }
}
