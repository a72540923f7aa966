package dev.marketingops.roadmap.insights.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.roadmap.insights.domain.ItemInsight;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads what feedback says about a roadmap item. */
@ApplicationScoped
public class InsightQueries {

    /** The item's insight; an empty one (zeros) while no feedback arrived; 404 for an unknown item. */
    public ItemInsight of(UUID itemId) {
        Existing.orNotFound(RoadmapItem.findById(itemId), "Roadmap item", itemId);
        ItemInsight insight = ItemInsight.findById(itemId);
        return insight == null ? ItemInsight.empty(itemId) : insight;
    }
}
