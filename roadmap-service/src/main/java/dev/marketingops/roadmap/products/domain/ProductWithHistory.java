package dev.marketingops.roadmap.products.domain;

import java.util.List;

/** A product with its recorded stage changes, oldest first. */
public record ProductWithHistory(Product product, List<ProductStageChange> history) {

    public static ProductWithHistory of(Product product) {
        return new ProductWithHistory(product, ProductStageChange.history(product.id));
    }
}
