package dev.marketingops.roadmap.items.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.plumbing.rest.QueryValues;
import dev.marketingops.roadmap.items.domain.ItemStatus;
import dev.marketingops.roadmap.items.domain.ItemType;
import dev.marketingops.roadmap.items.domain.RoadmapItem;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Reads of roadmap items: one, or a filtered page of a roadmap's. */
@ApplicationScoped
public class ItemQueries {

    public RoadmapItem get(UUID id) {
        return Existing.orNotFound(RoadmapItem.<RoadmapItem>findById(id), "Roadmap item", id);
    }

    /**
     * By start date. An unknown roadmap is a 404 before the filters are read (then a bad {@code type} or
     * {@code status} is a 400 naming it); null filters are left out.
     */
    public Page<RoadmapItem> page(UUID roadmapId, String type, String status, String ownerTeam, PageRequest page) {
        Existing.orNotFound(Roadmap.findById(roadmapId), "Roadmap", roadmapId);
        Filter filter = new Filter()
                .eq("roadmapId", roadmapId)
                .eq("type", QueryValues.enumValue(ItemType.class, type, "type"))
                .eq("status", QueryValues.enumValue(ItemStatus.class, status, "status"))
                .eq("ownerTeam", ownerTeam);
        return page.apply(RoadmapItem.<RoadmapItem>find(filter.query(), Sort.by("startDate").and("id"), filter.params()),
                Function.identity());
    }
}
