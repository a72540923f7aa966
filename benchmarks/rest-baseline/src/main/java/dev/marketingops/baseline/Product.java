package dev.marketingops.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A product row shaped like roadmap's: what the bare app reads by id. */
@Entity
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String description;
    public String ownerTeam;
    public String lifecycleStage;
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
