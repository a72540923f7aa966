package dev.marketingops.roadmap.products.app;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import dev.marketingops.plumbing.rest.Existing;
import dev.marketingops.plumbing.rest.Filter;
import dev.marketingops.plumbing.rest.Page;
import dev.marketingops.plumbing.rest.PageRequest;
import dev.marketingops.roadmap.products.domain.Product;
import dev.marketingops.roadmap.products.domain.ProductWithHistory;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** Reads of products: one with its stage history, or a filtered page. */
@ApplicationScoped
public class ProductQueries {

    public ProductWithHistory get(UUID id) {
        return Existing.orNotFound(ProductWithHistory.find(id), "Product", id);
    }

    /** By name; null filters are left out. */
    public Page<Product> page(LifecycleStage stage, String ownerTeam, PageRequest page) {
        Filter filter = new Filter().eq("stage", stage).eq("ownerTeam", ownerTeam);
        return page.apply(Product.<Product>find(filter.query(), Sort.by("name").and("id"), filter.params()), Function.identity());
    }
}
