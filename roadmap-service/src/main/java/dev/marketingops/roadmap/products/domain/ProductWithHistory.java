package dev.marketingops.roadmap.products.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A product with its recorded stage changes, oldest first. */
public record ProductWithHistory(Product product, List<ProductStageChange> history) {

    public static ProductWithHistory of(Product product) {
        return new ProductWithHistory(product, ProductStageChange.history(product.id));
    }

    /**
     * The product and its history in one round trip (a named query, translated once at boot), or null if there is no
     * such product: a GET by id is the console's most frequent read, and the second query cost more than the first.
     */
    public static ProductWithHistory find(UUID id) {
        List<Object[]> rows = Product.getEntityManager()
                .createNamedQuery(Product.WITH_HISTORY, Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        List<ProductStageChange> history = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[1] != null) {
                history.add((ProductStageChange) row[1]);
            }
        }
        return new ProductWithHistory((Product) rows.get(0)[0], history);
    }
}
