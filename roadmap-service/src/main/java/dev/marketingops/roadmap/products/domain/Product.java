package dev.marketingops.roadmap.products.domain;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A product and the lifecycle stage it is in. */
@Entity
@NamedQuery(name = Product.WITH_HISTORY, query = "select p.id, p.name, p.ownerTeam, p.stage, p.stageChangedOn, p.version,"
        + " h.previousStage, h.stage, h.changedOn from Product p left join ProductStageChange h on h.productId = p.id"
        + " where p.id = :id order by h.id")
public class Product extends PanacheEntityBase {

    /**
     * The product's and its stage changes' columns, oldest change first, one row per change (one row with null change
     * columns if none); columns, not entities, so a read puts nothing in the persistence context (ProductWithHistory).
     */
    public static final String WITH_HISTORY = "Product.withHistory";

    @Id
    public UUID id;
    public String name;
    public String ownerTeam;
    @Enumerated(EnumType.STRING)
    public LifecycleStage stage;
    public LocalDate stageChangedOn;
    @Version
    public long version;
}
