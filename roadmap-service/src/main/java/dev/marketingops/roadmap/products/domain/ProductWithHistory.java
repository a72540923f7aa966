package dev.marketingops.roadmap.products.domain;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import java.time.LocalDate;
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
     * The query selects columns, not entities: nothing enters the persistence context (no entity entries, no dirty
     * check snapshots), and the objects returned here are detached copies that are only read.
     */
    public static ProductWithHistory find(UUID id) {
        List<Object[]> rows = Product.getEntityManager()
                .createNamedQuery(Product.WITH_HISTORY, Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] first = rows.get(0);
        Product product = new Product();
        product.id = (UUID) first[0];
        product.name = (String) first[1];
        product.ownerTeam = (String) first[2];
        product.stage = (LifecycleStage) first[3];
        product.stageChangedOn = (LocalDate) first[4];
        product.version = (Long) first[5];
        List<ProductStageChange> history = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            // stage is never null for a recorded change, so a null stage is the left join's "no change" row
            if (row[7] != null) {
                ProductStageChange change = new ProductStageChange();
                change.productId = product.id;
                change.previousStage = (LifecycleStage) row[6];
                change.stage = (LifecycleStage) row[7];
                change.changedOn = (LocalDate) row[8];
                history.add(change);
            }
        }
        return new ProductWithHistory(product, history);
    }
}
