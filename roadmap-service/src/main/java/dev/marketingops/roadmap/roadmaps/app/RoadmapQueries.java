package dev.marketingops.roadmap.roadmaps.app;

import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.roadmap.roadmaps.domain.Roadmap;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Reads of roadmaps: one, or a filtered page. */
@ApplicationScoped
public class RoadmapQueries {

    public Roadmap get(UUID id) {
        return Existing.orNotFound(Roadmap.<Roadmap>findById(id), "Roadmap", id);
    }

    /** By fiscal year and name; null filters are left out. */
    public Page<Roadmap> page(UUID productId, Integer fiscalYear, String ownerTeam, PageRequest page) {
        Filter filter = new Filter()
                .eq("productId", productId)
                .eq("fiscalYear", fiscalYear)
                .eq("ownerTeam", ownerTeam);
        return page.apply(Roadmap.<Roadmap>find(filter.query(), Sort.by("fiscalYear").and("name").and("id"), filter.params()),
                Function.identity());
    }
}
