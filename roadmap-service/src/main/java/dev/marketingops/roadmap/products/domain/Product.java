package dev.marketingops.roadmap.products.domain;

import dev.marketingops.contracts.roadmap.LifecycleStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A product and the lifecycle stage it is in. */
@Entity
public class Product extends PanacheEntityBase {

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
