package dev.marketingops.roadmap.products.domain;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded move of a product between lifecycle stages. */
@Entity
public class ProductStageChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID productId;
    @Enumerated(EnumType.STRING)
    public LifecycleStage previousStage;
    @Enumerated(EnumType.STRING)
    public LifecycleStage stage;
    public LocalDate changedOn;

    public static List<ProductStageChange> history(UUID productId) {
        return list("productId = ?1 order by id", productId);
    }
}
